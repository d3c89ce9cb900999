package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mgc test --as-of DATE runs the expectations under the revision in force on DATE (issue 11). */
class TestAsOfTest {

    @TempDir
    Path dir;

    // Under 2012 the expectation holds (prohibited); under 2017 it is wrong on purpose (it is permitted).
    private String scenario() throws Exception {
        Path file = dir.resolve("bm.scenario.yaml");
        Files.writeString(file, "name: BM 575\nsystem:\n  name: BM 575\n  type: ballistic-missile\n  range: 575 km\n  payload: 900 kg\n"
                + "expect:\n  2012: prohibited\n  2017: prohibited\n");
        return file.toString();
    }

    @Test
    void mid2015RunsOnlyThe2012ExpectationsAndEarly2018Only2017s() throws Exception {
        String file = scenario();
        Cli.Run in2015 = Cli.run("test", "--as-of", "2015-06-01", file);
        assertThat(in2015.out()).startsWith("as of 2015-06-01: 2012, in force since 2012-10-07");
        assertThat(in2015.status()).as(in2015.out() + in2015.err()).isEqualTo(ExitStatus.OK);
        Cli.Run in2018 = Cli.run("test", "--as-of", "2018-01-01", file);
        assertThat(in2018.out()).startsWith("as of 2018-01-01: 2017, in force since 2017-11-07");
        assertThat(in2018.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(Cli.run("test", file).status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void jsonProvenanceNamesTheDatesRevision() throws Exception {
        JsonNode provenance = new ObjectMapper().readTree(Cli.run("test", "--format", "json", "--as-of", "2015-06-01", scenario()).out())
                .get("provenance");
        assertThat(provenance.get("revisions").toString()).isEqualTo("[\"2012\"]");
        assertThat(provenance.get("asOf").get(0).asText()).startsWith("as of 2015-06-01: 2012");
    }

    @Test
    void aBadDateIsAUsageErrorNamingTheOption() throws Exception {
        Cli.Run bad = Cli.run("test", "--as-of", "2015-02-30", scenario());
        assertThat(bad.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(bad.err()).contains("--as-of").doesNotContain("Exception");
    }
}
