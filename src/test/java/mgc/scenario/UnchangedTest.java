package mgc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unchanged: [...]} in scenario files: read with file:line:col errors; the claim fires and holds. */
class UnchangedTest {

    @TempDir
    Path dir;

    private ScenarioReader.Result read(String text) throws Exception {
        Path file = dir.resolve("s.scenario.yaml");
        Files.writeString(file, text);
        return new ScenarioReader(new DocumentReader(), List.of("MG-RANGE")).read(file.toString());
    }

    @Test
    void readsTheRevisionsWithTheirPlacesAndNeedsNoExpect() throws Exception {
        ScenarioReader.Result result = read("""
                name: stable
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                unchanged: ["2017", 2020]
                """);
        assertThat(result.errors()).isEmpty();
        Unchanged claim = result.scenarios().get(0).unchanged().orElseThrow();
        assertThat(claim.revisions()).containsExactly("2017", "2020");
        assertThat(claim.locations().get(1).line()).isEqualTo(3);
        assertThat(claim.locations().get(1).column()).isEqualTo(21);
        assertThat(result.scenarios().get(0).expectations()).isEmpty();
    }

    @Test
    void badValuesAreErrorsAtTheirPlace() throws Exception {
        ScenarioReader.Result result = read("""
                name: one id
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                unchanged: ["2017"]
                ---
                name: twice
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                unchanged: ["2017", "2017"]
                ---
                name: not a list
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                unchanged: "2017"
                ---
                name: a map in it
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                unchanged: ["2017", {a: b}]
                ---
                name: claims nothing
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                """);
        assertThat(result.scenarios()).isEmpty();
        String file = dir.resolve("s.scenario.yaml").toString();
        assertThat(result.errors().stream().map(InputError::describe).toList()).containsExactly(
                file + ":3:12: unchanged: give at least two revision ids, between which the verdict must not change; got 1",
                file + ":7:21: unchanged[1]: revision \"2017\" is listed twice",
                file + ":11:12: unchanged: expected a list, got a string",
                file + ":15:21: unchanged[1]: expected a revision id, got a mapping",
                file + ":17:1: expect: missing required field");
    }

    @Test
    void anUnknownRevisionIsAnErrorAtItsPlace() throws Exception {
        read("""
                name: typo
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                unchanged: ["2017", "2019"]
                """);
        ShippedSuite.Outcome outcome = ShippedSuite.run(List.of(dir.resolve("s.scenario.yaml").toString()));
        assertThat(outcome.errors()).hasSize(1);
        assertThat(outcome.errors().get(0).describe())
                .startsWith(dir.resolve("s.scenario.yaml") + ":3:21: unchanged[1]: unknown revision \"2019\"; known: ");
    }

    @Test
    void holdsWhenTheVerdictStaysAndFailsWithBothVerdictsWhenItMoves() throws Exception {
        ScenarioReader.Result read = read("""
                name: exactly 800 km under 2017 and 2020
                system: {name: At the cap, type: ballistic-missile, range: 800 km, payload: 2 t}
                unchanged: ["2017", "2020"]
                ---
                name: 800 km with 2 t from 2012 to 2017
                system: {name: Heavy, type: ballistic-missile, range: 800 km, payload: 2 t}
                unchanged: ["2012", "2017"]
                """);
        assertThat(read.errors()).isEmpty();
        ShippedSuite.Outcome outcome = ShippedSuite.run(List.of(dir.resolve("s.scenario.yaml").toString()));
        assertThat(outcome.errors()).isEmpty();
        ScenarioRun holds = outcome.runs().get(0);
        assertThat(holds.passed()).isTrue();
        assertThat(holds.unchanged().orElseThrow().name()).isEqualTo("exactly 800 km under 2017 and 2020 [unchanged 2017, 2020]");

        ScenarioRun moves = outcome.runs().get(1);
        assertThat(moves.passed()).isFalse();
        assertThat(moves.tests()).isEqualTo(1);
        assertThat(moves.passedTests()).isZero();
        assertThat(moves.unchanged().orElseThrow().diff()).startsWith(
                "expected: the same verdict under 2012, 2017",
                "  2012: prohibited, with MG-TRADEOFF among the findings");
        assertThat(moves.unchanged().orElseThrow().diff()).contains("  2017: permitted");
    }
}
