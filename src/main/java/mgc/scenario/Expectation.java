package mgc.scenario;

import java.util.List;
import mgc.document.Location;
import mgc.engine.Decision;

/**
 * What a scenario expects under one revision: the verdict and, for a prohibited verdict, rule
 * ids that must be among the findings (other findings may appear too).
 *
 * @param location where the revision id is written, for errors about it
 */
public record Expectation(String revision, Decision verdict, List<String> rules, Location location) {

    public Expectation {
        rules = List.copyOf(rules);
    }

    /** The expectation in words, e.g. {@code prohibited, with MG-RANGE among the findings}. */
    public String describe() {
        if (rules.isEmpty()) {
            return verdict.id();
        }
        return verdict.id() + ", with " + String.join(" and ", rules) + " among the findings";
    }
}
