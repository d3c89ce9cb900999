package mgc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mgc.api.junit.ScenarioTests;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unchanged: [...]} claims run by the JUnit helper: one test each, failing when the verdict moves. */
class ScenarioTestsUnchangedTest {

    @Test
    void anUnchangedClaimIsATestThatHoldsOrFailsWithEachVerdict(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stable.scenario.yaml"), """
                name: at the cap
                system: {name: A, type: ballistic-missile, range: 800 km, payload: 2 t}
                unchanged: ["2017", "2020"]
                ---
                name: heavy
                system: {name: B, type: ballistic-missile, range: 800 km, payload: 2 t}
                unchanged: ["2012", "2017"]
                """);
        DynamicContainer file = (DynamicContainer) ScenarioTests.from(dir).findFirst().orElseThrow();
        List<DynamicTest> tests = file.getChildren().map(DynamicTest.class::cast).toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("at the cap [unchanged 2017, 2020]", "heavy [unchanged 2012, 2017]");
        assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                .hasMessageContaining("expected: the same verdict under 2012, 2017")
                .hasMessageContaining("2012: prohibited, with MG-TRADEOFF among the findings")
                .hasMessageContaining("2017: permitted");
    }
}
