package mgc.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mgc.document.InputError;
import mgc.units.Numbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario under {@code scenarios/} as its own test, named {@code <scenario> [<revision>]}
 * and grouped by file, so a failing scenario shows in Surefire's report like any test; and holds
 * the suite to 100% rule coverage, as CI requires.
 */
class ScenarioSuiteTest {

    private static ShippedSuite.Outcome suite;

    @BeforeAll
    static void runSuite() throws Exception {
        suite = ShippedSuite.run(List.of(ShippedSuite.SCENARIOS));
    }

    @TestFactory
    Stream<DynamicNode> everyShippedScenario() {
        Map<String, List<DynamicNode>> byFile = new LinkedHashMap<>();
        for (ScenarioRun run : suite.runs()) {
            List<DynamicNode> tests = byFile.computeIfAbsent(run.scenario().file(), f -> new ArrayList<>());
            for (ExpectationResult result : run.results()) {
                tests.add(DynamicTest.dynamicTest(result.name(), () -> {
                    if (!result.passed()) {
                        fail(result.expected().location() + ": " + result.name() + "\n" + String.join("\n", result.diff()));
                    }
                }));
            }
        }
        List<DynamicNode> nodes = new ArrayList<>();
        // Files that could not be read, or scenarios that could not run, fail as tests of their own.
        for (InputError error : suite.errors()) {
            nodes.add(DynamicTest.dynamicTest("error: " + error.describe(), () -> fail(error.describe())));
        }
        byFile.forEach((file, tests) -> nodes.add(DynamicContainer.dynamicContainer(file, tests)));
        return nodes.stream();
    }

    @Test
    void shippedSuiteIsNotEmptyAndReadsWithoutErrors() {
        assertThat(suite.errors()).isEmpty();
        assertThat(suite.runs()).hasSizeGreaterThan(40);
        assertThat(suite.runs().stream().mapToLong(r -> r.results().size()).sum()).isGreaterThan(250);
    }

    @Test
    void shippedSuiteReachesEveryRuleOnBothSidesInEveryRevision() {
        List<Coverage.Entry> missing = suite.coverage().entries().stream().filter(e -> !e.covered()).toList();
        assertThat(missing).as("(revision, rule, side) pairs no shipped scenario reaches").isEmpty();
        assertThat(suite.coverage().percent()).as("rule coverage in percent, " + Numbers.format(suite.coverage().percent()))
                .isEqualTo(100.0);
        // Every shipped revision with terms appears; 2021 (no terms) has nothing to cover.
        assertThat(suite.coverage().entries().stream().map(Coverage.Entry::revision).distinct())
                .containsExactly("1979", "2001", "2012", "2017", "2020");
    }
}
