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

class CompareCommandTest {

    private static final String HYPOTHETICAL = "scenarios/boundaries/revisions/range-1000km.revision.yaml";

    @TempDir
    Path dir;

    @Test
    void equivalentRevisionsExitZero() {
        Cli.Run run = Cli.run("compare", "2012", "2012");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("ballistic-missile: equivalent").doesNotContain("counterexample");
    }

    @Test
    void textNamesTheRegionInWordsAndNumbers() {
        Cli.Run run = Cli.run("compare", "2012", "2017");
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
        Cli.Run run = Cli.run("compare", "--revision-file", HYPOTHETICAL, "--format", "json", "2017", "hypothetical-1000km");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("from").asText()).isEqualTo("2017");
        assertThat(json.get("to").asText()).isEqualTo("hypothetical-1000km");
        JsonNode ballistic = json.get("types").get(0);
        assertThat(ballistic.get("type").asText()).isEqualTo("ballistic-missile");
        assertThat(ballistic.get("relation").asText()).isEqualTo("more-permissive");
        JsonNode example = ballistic.get("counterexamples").get(0);
        String written = example.get("spec").get("range").asText();
        assertThat(written).endsWith(" km");
        double range = Double.parseDouble(written.substring(0, written.length() - 3));
        assertThat(range).isGreaterThan(800).isLessThanOrEqualTo(1000);

        Path spec = dir.resolve("counterexample.yaml");
        Files.writeString(spec, example.get("yaml").asText());
        Cli.Run check = Cli.run("check", "--revision-file", HYPOTHETICAL, "--revision", "2017", "--revision", "hypothetical-1000km",
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
            JsonNode json = new ObjectMapper().readTree(Cli.run("compare", "--format", "json", from, to).out());
            for (JsonNode type : json.get("types")) {
                for (JsonNode example : type.get("counterexamples")) {
                    Path spec = dir.resolve("example-" + confirmed + ".yaml");
                    Files.writeString(spec, example.get("yaml").asText());
                    JsonNode results = new ObjectMapper().readTree(Cli.run("check", "--revision", from, "--revision", to,
                            "--format", "json", spec.toString()).out()).get("results");
                    // The spec object itself, piped to `mgc check -` as it stands, gets the same verdicts.
                    JsonNode piped = new ObjectMapper().readTree(checkStdin(example.get("spec").toString(),
                            "check", "--revision", from, "--revision", to, "--format", "json", "-")).get("results");
                    String permittedBy = example.get("permitted-by").asText();
                    assertThat(piped).hasSize(2);
                    for (JsonNode result : List.of(results.get(0), results.get(1), piped.get(0), piped.get(1))) {
                        String expected = result.get("revision").asText().equals(permittedBy) ? "permitted" : "prohibited";
                        assertThat(result.get("verdict").asText()).as(from + " -> " + to + "\n" + example.get("spec"))
                                .isEqualTo(expected);
                    }
                    assertThat(piped.get(0).get("findings")).isEqualTo(results.get(0).get("findings"));
                    confirmed++;
                }
            }
        }
        assertThat(confirmed).isGreaterThanOrEqualTo(9);
    }

    @Test
    void onlySpecsFailsOnlyWhenAGivenSpecChangesVerdict() throws Exception {
        // 2017 -> 2020 lifts the launch-vehicle impulse cap: a difference, but not one a missile meets.
        Path missiles = Files.writeString(dir.resolve("missiles.yaml"), """
                name: Hyunmoo-2C
                type: ballistic-missile
                range: 800 km
                payload: 500 kg
                """);
        assertThat(Cli.run("compare", "2017", "2020", missiles.toString()).status()).isEqualTo(ExitStatus.FINDINGS);
        Cli.Run stable = Cli.run("compare", "--only-specs", "2017", "2020", missiles.toString());
        assertThat(stable.status()).as(stable.out() + stable.err()).isEqualTo(ExitStatus.OK);
        assertThat(stable.out()).contains("space-launch-vehicle: more-permissive");

        Path launcher = Files.writeString(dir.resolve("launcher.yaml"), """
                name: Solid launcher
                type: space-launch-vehicle
                propellant: solid
                total_impulse: 1500000 lbf*s
                """);
        Cli.Run changed = Cli.run("compare", "--only-specs", "2017", "2020", missiles.toString(), launcher.toString());
        assertThat(changed.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(changed.out()).contains("Solid launcher");

        Cli.Run noPaths = Cli.run("compare", "--only-specs", "2017", "2020");
        assertThat(noPaths.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(noPaths.err()).contains("--only-specs: give the spec files or folders");
    }

    /** Runs a command with {@code text} as standard input; returns its standard output. */
    private static String checkStdin(String text, String... args) {
        java.io.InputStream saved = System.in;
        System.setIn(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            Cli.Run run = Cli.run(args);
            assertThat(run.err()).isEmpty();
            return run.out();
        } finally {
            System.setIn(saved);
        }
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
        Cli.Run run = Cli.run("compare", "2012", "2017", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).contains("systems whose verdict changes: 1 (2 unchanged)")
                .contains("2012 prohibited -> 2017 permitted")
                .contains("x 2012 MG-TRADEOFF: payload 2,000 kg > limit 500 kg");
        JsonNode json = new ObjectMapper().readTree(Cli.run("compare", "--format", "json", "2012", "2017", dir.toString()).out());
        assertThat(json.get("changes")).hasSize(1);
        assertThat(json.get("changes").get(0).get("system").asText()).isEqualTo("Heavy");
        assertThat(json.get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void errorsExitTwo() throws Exception {
        Cli.Run unknown = Cli.run("compare", "2012", "2013");
        assertThat(unknown.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(unknown.err()).contains("unknown revision \"2013\"");
        Files.writeString(dir.resolve("bad.yaml"), "name: Bad\ntype: ballistic-missile\nrange: far\npayload: 1 kg\n");
        Cli.Run bad = Cli.run("compare", "2012", "2017", dir.resolve("bad.yaml").toString());
        assertThat(bad.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(bad.err()).contains("bad.yaml:3:8: range:");
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outputs.add(Cli.run("compare", "--format", "json", "2001", "2021").out());
            outputs.add(Cli.run("compare", "2001", "2021").out());
        }
        assertThat(outputs.get(0)).isEqualTo(outputs.get(2));
        assertThat(outputs.get(1)).isEqualTo(outputs.get(3));
    }

    @Test
    void withCapabilityASystemWhoseStagesOutreachTheCapChangesVerdict() {
        String demo = "scenarios/examples/capability-demo.yaml";

        Cli.Run declared = Cli.run("compare", "2017", "2021", demo);
        Cli.Run capable = Cli.run("compare", "--capability", "2017", "2021", demo);

        assertThat(declared.out()).contains("systems whose verdict changes: 0 (1 unchanged)");
        assertThat(capable.out()).contains("systems whose verdict changes: 1 (0 unchanged)")
                .contains("2017 prohibited -> 2021 permitted")
                .containsPattern("x 2017 MG-RANGE \\(capability\\): with [0-9,.]+ kg it reaches [0-9,.]+ km");
        assertThat(capable.status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void capabilityWithoutSpecsSaysItChangesOnlyThePerSpecPart() {
        Cli.Run run = Cli.run("compare", "--capability", "2012", "2017");
        assertThat(run.err()).isEqualTo("note: --capability and --mtcr change only the per-spec part of a comparison;"
                + " give spec PATHs to use them\n");
        assertThat(run.out()).isEqualTo(Cli.run("compare", "2012", "2017").out());
        assertThat(Cli.run("compare", "--capability", "2017", "2021", "scenarios/examples/capability-demo.yaml").err())
                .doesNotContain("note:");
    }
}
