package mgc.scenario;

import java.util.List;
import mgc.document.Location;

/**
 * A scenario's verdict-stability claim ({@code unchanged: ["2017", "2020"]}): the system gets the
 * same verdict under every one of these revisions, whatever that verdict is. For a gate such as
 * "my systems keep their verdicts when the guideline changes", where stating each verdict would
 * repeat the rule base.
 *
 * @param revisions the revision ids, at least two, each once, as written
 * @param locations where each id is written, for errors about it
 * @param location  where the {@code unchanged} key is written
 */
public record Unchanged(List<String> revisions, List<Location> locations, Location location) {

    public Unchanged {
        revisions = List.copyOf(revisions);
        locations = List.copyOf(locations);
        if (revisions.size() != locations.size()) {
            throw new IllegalArgumentException("one location per revision id");
        }
    }

    /** The claim in words, as test names show it: {@code unchanged 2017, 2020}. */
    public String describe() {
        return "unchanged " + String.join(", ", revisions);
    }
}
