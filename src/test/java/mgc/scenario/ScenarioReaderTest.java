package mgc.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.engine.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {

    private static final List<String> RULES = List.of("MG-RANGE", "MG-TRADEOFF");

    @TempDir
    Path dir;

    private ScenarioReader.Result read(String text) throws Exception {
        Path file = dir.resolve("s.scenario.yaml");
        Files.writeString(file, text);
        return new ScenarioReader(new DocumentReader(), RULES).read(file.toString());
    }

    private static List<String> messages(ScenarioReader.Result result) {
        return result.errors().stream().map(InputError::describe).toList();
    }

    @Test
    void readsSeveralScenariosWithBothFormsOfExpectation() throws Exception {
        ScenarioReader.Result result = read("""
                name: one
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 500 kg}
                expect:
                  2012: permitted
                  "2001": {verdict: prohibited, rules: [MG-RANGE, MG-RANGE]}
                ---
                name: two
                system: {name: B, type: uav, range: 1 km, payload: 1 kg}
                expect: {"2021": permitted}
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.scenarios()).extracting(Scenario::name).containsExactly("one", "two");
        Scenario one = result.scenarios().get(0);
        assertThat(one.system().range().orElseThrow().value()).isEqualTo(800.0);
        assertThat(one.expectations()).containsExactly(
                new Expectation("2012", Decision.PERMITTED, List.of(), one.expectations().get(0).location()),
                new Expectation("2001", Decision.PROHIBITED, List.of("MG-RANGE"), one.expectations().get(1).location()));
        assertThat(one.expectations().get(1).location().line()).isEqualTo(5);
    }

    @Test
    void refusesAPathThatLeavesTheFolderThroughASymbolicLink() throws Exception {
        Path outside = Files.createTempFile("outside", ".yaml");
        try {
            Files.writeString(outside, "name: X\ntype: uav\nrange: 1 km\npayload: 1 kg\n");
            Files.createSymbolicLink(dir.resolve("link.yaml"), outside);
            ScenarioReader.Result result = read("name: s\nspec: link.yaml\nexpect: {\"2012\": permitted}\n");
            assertThat(result.scenarios()).isEmpty();
            assertThat(messages(result)).singleElement().asString().contains(":2:7: spec: \"link.yaml\" leads outside the scenario file's folder");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void specFileMustHoldExactlyOneSystem() throws Exception {
        Files.writeString(dir.resolve("two.yaml"), "name: A\ntype: uav\nrange: 1 km\npayload: 1 kg\n---\nname: B\ntype: uav\nrange: 1 km\npayload: 1 kg\n");
        ScenarioReader.Result result = read("name: s\nspec: two.yaml\nexpect: {\"2012\": permitted}\n");
        assertThat(messages(result)).singleElement().asString().contains("spec: the spec file must hold exactly one system, found 2");
    }

    @Test
    void systemAndSpecAreExclusiveAndExpectIsRequired() throws Exception {
        ScenarioReader.Result both = read("""
                name: s
                system: {name: A, type: uav, range: 1 km, payload: 1 kg}
                spec: a.yaml
                expect: {}
                """);
        assertThat(messages(both)).anyMatch(m -> m.contains("give exactly one of system"))
                .anyMatch(m -> m.contains("expect: give at least one revision id"));
        ScenarioReader.Result neither = read("name: s\nexpct: {\"2012\": permitted}\n");
        // One typo, one error: the misspelt key stands for the missing "expect".
        assertThat(messages(neither)).anyMatch(m -> m.contains("expct: unknown field (did you mean \"expect\"?)"))
                .noneMatch(m -> m.contains("expect: missing required field"));
        assertThat(messages(read("name: s\nsystem: {name: A, type: uav, range: 1 km, payload: 1 kg}\n")))
                .anyMatch(m -> m.contains("expect: missing required field"));
    }

    @Test
    void inlineSystemErrorsNameTheFieldUnderSystem() throws Exception {
        ScenarioReader.Result result = read("name: s\nsystem: {name: A, type: uav, range: -1 km, payload: 1 kg}\nexpect: {\"2012\": permitted}\n");
        assertThat(messages(result)).singleElement().asString().contains(":2:").contains("system.range: must be greater than 0");
    }
}
