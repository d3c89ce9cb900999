package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String EXAMPLES = "scenarios/examples/";

    @TempDir
    Path dir;

    @Test
    void permittedUnderTheCurrentRevisionExitsZero() {
        Cli.Run run = Cli.run("check", EXAMPLES + "hyunmoo-2c.yaml");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("Hyunmoo-2C  ballistic-missile  range 800 km, payload 500 kg")
                .contains("2012 (current)  permitted")
                .contains("ok MG-RANGE: range 800 km <= limit 800 km (margin 0 km)")
                .contains("1 system in 1 file x 1 revision: 1 permitted, 0 prohibited, 0 errors");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aSystemProhibitedIn2012IsPermittedIn2017() throws Exception {
        Cli.Run run = Cli.run("check", "--revision", "2012", "--revision", "2017", "--format", "json", EXAMPLES + "hyunmoo-4.yaml");

        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("revision").asText()).isEqualTo("2012");
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("prohibited");
        JsonNode finding = results.get(0).get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("MG-TRADEOFF");
        assertThat(finding.get("field").asText()).isEqualTo("payload");
        assertThat(finding.get("actual").asDouble()).isEqualTo(2000);
        assertThat(finding.get("limit").asDouble()).isEqualTo(500);
        assertThat(finding.get("unit").asText()).isEqualTo("kg");
        assertThat(finding.get("margin").asDouble()).isEqualTo(-1500);
        assertThat(finding.get("source").asText()).contains("SBS 2017-11-07", "greened.kr");
        assertThat(finding.get("message").asText()).isNotBlank();
        assertThat(results.get(1).get("revision").asText()).isEqualTo("2017");
        assertThat(results.get(1).get("verdict").asText()).isEqualTo("permitted");
        assertThat(results.get(1).get("findings")).isEmpty();
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: X\ntype: uav\nrange: 5 parsecs\npayload: 1\n");
        Cli.Run run = Cli.run("check", "--format", "json", EXAMPLES + "hyunmoo-2b.yaml", bad.toString());

        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode result = root.get("results").get(0);
        assertThat(iterator(result.fieldNames())).contains("file", "system", "type", "revision", "verdict", "findings");
        JsonNode error = root.get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo(bad.toString());
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isEqualTo(8);
        assertThat(error.get("field").asText()).isEqualTo("range");
        assertThat(error.get("message").asText()).contains("unknown unit \"parsecs\"");
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
    }

    @Test
    void errorsWinOverFindingsAndTheOtherFilesAreStillChecked() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"X\", ");
        Cli.Run run = Cli.run("check", bad.toString(), EXAMPLES + "hyunmoo-4.yaml");

        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.out()).contains("Hyunmoo-4").contains("PROHIBITED");
        assertThat(run.err()).startsWith("error: " + bad + ":1:").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        for (String format : List.of("text", "json")) {
            Cli.Run first = Cli.run("check", "--all-revisions", "--format", format, EXAMPLES);
            Cli.Run second = Cli.run("check", "--all-revisions", "--format", format, EXAMPLES);
            assertThat(second.out()).isEqualTo(first.out());
        }
    }

    @Test
    void aHypotheticalRevisionIsCheckedBesideTheCurrentOne() throws Exception {
        Path revision = dir.resolve("r1000.yaml");
        Files.writeString(revision, """
                id: 2017-1000km
                title: Hypothetical 1,000 km cap
                date: 2026-01-01
                extends: 2017
                sources: [{id: analyst, cite: analyst's scenario}]
                terms:
                  ballistic-missile:
                    max-range: {limit: 1000 km, source: [analyst]}
                """);
        Path spec = dir.resolve("s.yaml");
        Files.writeString(spec, "name: Long\ntype: ballistic-missile\nrange: 950 km\npayload: 500 kg\n");

        Cli.Run run = Cli.run("check", "--revision-file", revision.toString(), spec.toString());

        assertThat(run.out()).contains("2012 (current)").contains("2017-1000km (hypothetical)  permitted")
                .contains("x MG-RANGE: range 950 km > limit 800 km (over by 150 km)");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void unknownRevisionIsAUsageError() {
        Cli.Run run = Cli.run("check", "--revision", "2013", EXAMPLES + "hyunmoo-2c.yaml");

        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("unknown revision \"2013\"; known: 1979, 2001, 2012, 2017, 2020, 2021");
    }

    @Test
    void revisionsListsAndShows() {
        Cli.Run list = Cli.run("revisions");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("2012  2012-10-07  current  Revised guideline (800 km / 500 kg trade-off)")
                .contains("ballistic-missile: range <= 800 km, payload <= trade-off curve 300 km -> 2,000 kg, 500 km -> 1,000 kg, 800 km -> 500 kg");

        Cli.Run show = Cli.run("revisions", "show", "2017");
        assertThat(show.out()).contains("extends: 2012").contains("ballistic-missile:\n  max-range: range <= 800 km")
                .contains("space-launch-vehicle:\n  impulse-cap: total impulse <= 4,448,221.615 N*s (1,000,000 lbf*s)");
    }

    private static List<String> iterator(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
