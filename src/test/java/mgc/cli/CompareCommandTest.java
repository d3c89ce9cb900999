package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final String HYPOTHETICAL = "scenarios/boundaries/revisions/range-1000km.revision.yaml";

    @TempDir
    Path dir;

    @Test
    void equivalentRevisionsExitZero() {
        CliRun run = CliRun.of("compare", "2012", "2012");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("ballistic-missile: equivalent").doesNotContain("counterexample");
    }

    @Test
    void textNamesTheRegionInWordsAndNumbers() {
        CliRun run = CliRun.of("compare", "2012", "2017");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out())
                .contains("ballistic-missile: more-permissive")
                .contains("ballistic-missile, range <= 800 km, payload above the 2012 trade-off limit (")
                .contains("1,000 kg at 500 km").contains("500 kg at 800 km")
                .contains(": prohibited by 2012, permitted by 2017")
                .contains("cruise-missile: equivalent").contains("uav: equivalent").contains("space-launch-vehicle: equivalent")
                .contains("x 2012 MG-TRADEOFF:");
    }

    @Test
    void hypotheticalCounterexampleIsConfirmedByMgcCheck() throws Exception {
        CliRun run = CliRun.of("compare", "--revision-file", HYPOTHETICAL, "--format", "json", "2017", "hypothetical-1000km");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("from").asText()).isEqualTo("2017");
        assertThat(json.get("to").asText()).isEqualTo("hypothetical-1000km");
        JsonNode ballistic = json.get("types").get(0);
        assertThat(ballistic.get("type").asText()).isEqualTo("ballistic-missile");
        assertThat(ballistic.get("relation").asText()).isEqualTo("more-permissive");
        JsonNode example = ballistic.get("counterexamples").get(0);
        double range = example.get("spec").get("range").get("value").asDouble();
        assertThat(range).isGreaterThan(800).isLessThanOrEqualTo(1000);

        Path spec = dir.resolve("counterexample.yaml");
        Files.writeString(spec, example.get("yaml").asText());
        CliRun check = CliRun.of("check", "--revision-file", HYPOTHETICAL, "--revision", "2017", "--revision", "hypothetical-1000km",
                "--format", "json", spec.toString());
        JsonNode results = new ObjectMapper().readTree(check.out()).get("results");
        assertThat(results.get(0).get("revision").asText()).isEqualTo("2017");
        assertThat(results.get(0).get("verdict").asText()).isEqualTo("prohibited");
        assertThat(results.get(0).get("findings").get(0).get("rule").asText()).isEqualTo("MG-RANGE");
        assertThat(results.get(1).get("revision").asText()).isEqualTo("hypothetical-1000km");
        assertThat(results.get(1).get("verdict").asText()).isEqualTo("permitted");
    }

    @Test
    void everyCounterexampleOfTheShippedHistoryIsConfirmedByMgcCheck() throws Exception {
        List<String> ids = List.of("1979", "2001", "2012", "2017", "2020", "2021");
        int confirmed = 0;
        for (int i = 0; i + 1 < ids.size(); i++) {
            String from = ids.get(i);
            String to = ids.get(i + 1);
            JsonNode json = new ObjectMapper().readTree(CliRun.of("compare", "--format", "json", from, to).out());
            for (JsonNode type : json.get("types")) {
                for (JsonNode example : type.get("counterexamples")) {
                    Path spec = dir.resolve("example-" + confirmed + ".yaml");
                    Files.writeString(spec, example.get("yaml").asText());
                    JsonNode results = new ObjectMapper().readTree(CliRun.of("check", "--revision", from, "--revision", to,
                            "--format", "json", spec.toString()).out()).get("results");
                    String permittedBy = example.get("permitted-by").asText();
                    for (JsonNode result : results) {
                        String expected = result.get("revision").asText().equals(permittedBy) ? "permitted" : "prohibited";
                        assertThat(result.get("verdict").asText()).as(from + " -> " + to + "\n" + example.get("yaml").asText())
                                .isEqualTo(expected);
                    }
                    confirmed++;
                }
            }
        }
        assertThat(confirmed).isGreaterThanOrEqualTo(9);
    }

    @Test
    void specPathsListTheSystemsWhoseVerdictChanges() throws Exception {
        Files.writeString(dir.resolve("systems.yaml"), """
                name: Heavy
                type: ballistic-missile
                range: 800 km
                payload: 2000 kg
                ---
                name: Light
                type: ballistic-missile
                range: 300 km
                payload: 500 kg
                ---
                name: Far
                type: ballistic-missile
                range: 900 km
                payload: 500 kg
                """);
        CliRun run = CliRun.of("compare", "2012", "2017", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).contains("systems whose verdict changes: 1 (2 unchanged)")
                .contains("2012 prohibited -> 2017 permitted")
                .contains("x 2012 MG-TRADEOFF: payload 2,000 kg > limit 500 kg");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("compare", "--format", "json", "2012", "2017", dir.toString()).out());
        assertThat(json.get("changes")).hasSize(1);
        assertThat(json.get("changes").get(0).get("system").asText()).isEqualTo("Heavy");
        assertThat(json.get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void errorsExitTwo() throws Exception {
        CliRun unknown = CliRun.of("compare", "2012", "2013");
        assertThat(unknown.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(unknown.err()).contains("unknown revision \"2013\"");
        Files.writeString(dir.resolve("bad.yaml"), "name: Bad\ntype: ballistic-missile\nrange: far\npayload: 1 kg\n");
        CliRun bad = CliRun.of("compare", "2012", "2017", dir.resolve("bad.yaml").toString());
        assertThat(bad.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(bad.err()).contains("bad.yaml:3:8: range:");
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outputs.add(CliRun.of("compare", "--format", "json", "2001", "2021").out());
            outputs.add(CliRun.of("compare", "2001", "2021").out());
        }
        assertThat(outputs.get(0)).isEqualTo(outputs.get(2));
        assertThat(outputs.get(1)).isEqualTo(outputs.get(3));
    }

    @Test
    void withCapabilityASystemWhoseStagesOutreachTheCapChangesVerdict() {
        String demo = "scenarios/examples/capability-demo.yaml";

        CliRun declared = CliRun.of("compare", "2017", "2021", demo);
        CliRun capable = CliRun.of("compare", "--capability", "2017", "2021", demo);

        assertThat(declared.out()).contains("systems whose verdict changes: 0 (1 unchanged)");
        assertThat(capable.out()).contains("systems whose verdict changes: 1 (0 unchanged)")
                .contains("2017 prohibited -> 2021 permitted")
                .containsPattern("x 2017 MG-RANGE \\(capability\\): with [0-9,.]+ kg it reaches [0-9,.]+ km");
        assertThat(capable.status()).isEqualTo(ExitStatus.FINDINGS);
    }
}
