package mgc.scenario;

import java.util.List;
import java.util.Optional;
import mgc.document.InputFile;
import mgc.document.Location;
import mgc.spec.SystemSpec;

/**
 * One scenario of a scenario file: a system, the hypothetical revisions it needs, and what it
 * expects under each revision it names.
 *
 * @param location      where the scenario's document starts
 * @param revisionFiles hypothetical revision files (resolved against the scenario file's folder)
 * @param unchanged     the revisions between which the verdict must not change, when stated
 */
public record Scenario(String name, Location location, SystemSpec system, List<InputFile> revisionFiles,
                       List<Expectation> expectations, Optional<Unchanged> unchanged) {

    public Scenario {
        revisionFiles = List.copyOf(revisionFiles);
        expectations = List.copyOf(expectations);
    }

    public String file() {
        return location.file();
    }
}
