package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    @TempDir
    Path dir;

    @Test
    void shippedSuitePassesWithFullCoverage() {
        Cli.Run run = Cli.run("test", "--min-coverage", "100");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("rule coverage: 33 of 33 (revision, rule, side) pairs, 100% (minimum 100%)")
                .containsPattern("\\d+ scenarios in \\d+ files, \\d+ expectations: \\d+ passed, 0 failed, 0 errors");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void brokenExpectationFailsWithExpectedAgainstActualAndTheFindings() throws Exception {
        Path file = dir.resolve("broken.scenario.yaml");
        Files.writeString(file, """
                name: 800.1 km claimed permitted
                system: {name: Too far, type: ballistic-missile, range: 800.1 km, payload: 500 kg}
                expect:
                  "2012": permitted
                  "2017": {verdict: prohibited, rules: [MG-TRADEOFF]}
                  "2021": permitted
                """);
        Cli.Run run = Cli.run("test", file.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out())
                .contains("FAIL  800.1 km claimed permitted [2012]  " + file + ":4:3")
                .contains("expected: permitted")
                .contains("actual:   prohibited, with MG-RANGE among the findings")
                .contains("x MG-RANGE: range 800.1 km > limit 800 km (over by 0.1 km)")
                .contains("FAIL  800.1 km claimed permitted [2017]")
                .contains("missing:  MG-TRADEOFF did not fire")
                .doesNotContain("[2021]  " + file)
                .contains("1 scenario in 1 file, 3 expectations: 1 passed, 2 failed, 0 errors");
    }

    @Test
    void partialSuiteBelowTheMinimumCoverageFails() {
        Cli.Run run = Cli.run("test", "--min-coverage", "100", "scenarios/real-systems.scenario.yaml");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).contains("never reached:").contains("2012 MG-RANGE fires");
        assertThat(run.err()).contains("is below the minimum of 100%");
        // Without a minimum, the same suite passes: every expectation holds.
        assertThat(Cli.run("test", "scenarios/real-systems.scenario.yaml").status()).isEqualTo(ExitStatus.OK);
    }

    @Test
    void badScenarioFilesAreErrorsWithFileLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("bad.scenario.yaml"), """
                name: escapes its folder
                spec: ../outside.yaml
                expect: {"2012": permitted}
                ---
                name: absolute revision file
                system: {name: X, type: ballistic-missile, range: 100 km, payload: 1 kg}
                revision-files: [/etc/hostname]
                expect: {"2012": permitted}
                ---
                name: unknown revision
                system: {name: X, type: ballistic-missile, range: 100 km, payload: 1 kg}
                expect:
                  "2013": permitted
                ---
                name: misspelt
                system: {name: X, type: ballistic-missile, range: 100 km, payload: 1 kg}
                expect:
                  "2012": {verdict: prohibitd, rules: [MG-RANGES]}
                ---
                name: still runs
                system: {name: Y, type: ballistic-missile, range: 100 km, payload: 1 kg}
                expect: {"2012": permitted}
                """);
        Cli.Run run = Cli.run("test", dir.toString());
        String file = dir.resolve("bad.scenario.yaml").toString();
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err())
                .contains("error: " + file + ":2:7: spec: must stay inside the scenario file's folder")
                .contains("error: " + file + ":7:18: revision-files[0]: must be a path relative to the scenario file's folder")
                .contains("error: " + file + ":13:3: expect.2013: unknown revision \"2013\"; known: 1979, 2001, 2012, 2017, 2020, 2021")
                .contains("expect.2012.verdict: expected permitted, prohibited or depends, got \"prohibitd\" (did you mean \"prohibited\"?)")
                .contains("unknown rule id \"MG-RANGES\" (did you mean \"MG-RANGE\"?)")
                .doesNotContain("Exception");
        // The good scenario in the same file still ran.
        assertThat(run.out()).contains("ok    still runs");
    }

    @Test
    void specFileBesideTheScenarioAndOwnHypotheticalRevision() throws Exception {
        Files.createDirectories(dir.resolve("specs"));
        Files.writeString(dir.resolve("specs/far.yaml"), "name: Far\ntype: ballistic-missile\nrange: 950 km\npayload: 500 kg\n");
        Files.writeString(dir.resolve("specs/cap.revision.yaml"), """
                id: cap-1000
                title: hypothetical
                date: 2030-01-01
                extends: "2017"
                sources: [{id: s, cite: test}]
                terms:
                  ballistic-missile:
                    max-range: {limit: 1000 km, source: [s]}
                """);
        Files.writeString(dir.resolve("far.scenario.yaml"), """
                name: far
                spec: specs/far.yaml
                revision-files: [specs/cap.revision.yaml]
                expect:
                  "2017": {verdict: prohibited, rules: [MG-RANGE]}
                  cap-1000: permitted
                """);
        Cli.Run run = Cli.run("test", dir.resolve("far.scenario.yaml").toString());
        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(ExitStatus.OK);
        // The revision file is data for scenarios, not a spec: checking the folder skips it.
        assertThat(Cli.run("check", dir.resolve("specs").toString()).out()).contains("1 system in 1 file");
    }

    @Test
    void jsonOutputIsStableAndCarriesCoverage() throws Exception {
        Cli.Run first = Cli.run("test", "--format", "json", "--coverage");
        Cli.Run second = Cli.run("test", "--format", "json", "--coverage");
        assertThat(first.status()).isEqualTo(ExitStatus.OK);
        assertThat(first.out()).isEqualTo(second.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.get("coverage").get("percent").asDouble()).isEqualTo(100.0);
        assertThat(json.get("summary").get("failed").asInt()).isZero();
        assertThat(json.get("scenarios").size()).isEqualTo(json.get("summary").get("scenarios").asInt());
    }
}
