package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario states a verdict robust to readings with unchanged: [BASE, BASE~NAME...] (issue 11). */
class RobustToReadingsTest {

    @TempDir
    Path dir;

    private Cli.Run run(String range, String payload) throws Exception {
        Path file = dir.resolve("robust.scenario.yaml");
        Files.writeString(file, "name: robust\nsystem: {name: BM, type: ballistic-missile, range: " + range + ", payload: " + payload
                + "}\nunchanged: [\"2012\", \"2012~550km\", \"2012~300km-1.5t\"]\n");
        return Cli.run("test", file.toString());
    }

    @Test
    void aVerdictNoReadingChangesPasses() throws Exception {
        Cli.Run at800 = run("800 km", "500 kg");
        assertThat(at800.status()).as(at800.out()).isEqualTo(ExitStatus.OK);
        assertThat(at800.out()).contains("unchanged 2012, 2012~550km, 2012~300km-1.5t (permitted)");
    }

    @Test
    void aVerdictTheSpecs550kmReadingFlipsFailsNamingBoth() throws Exception {
        Cli.Run at575 = run("575 km", "900 kg");
        assertThat(at575.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(at575.out()).contains("2012: prohibited, with MG-TRADEOFF", "2012~550km: permitted");
    }
}
