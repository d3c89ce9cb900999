package mgc.api.junit;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mgc.api.Guideline;
import mgc.api.MgcException;
import mgc.api.ScenarioResult;
import mgc.scenario.ScenarioFiles;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario files ({@code *.scenario.yaml}) as JUnit 5 tests in your own build: one dynamic test
 * per expectation, named {@code <scenario> [<revision>]}, grouped by file. Return it from a
 * {@code @TestFactory} method:
 *
 * <pre>{@code
 * class GuidelineScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return ScenarioTests.from(Path.of("src/test/scenarios"));
 *     }
 * }
 * }</pre>
 *
 * A failing expectation fails its test with the expected-against-actual text of
 * {@code mgc test}; a scenario file that cannot be read or run is a failing test of its own
 * (one per problem, named by file, line and field), and the other files still run. Names are
 * unique within a file: when two scenarios share a name, the line of each is added.
 * JUnit Jupiter's API is an optional dependency of mgc: your test classpath brings it.
 */
public final class ScenarioTests {

    private ScenarioTests() {}

    /**
     * The scenarios under these paths, run against the shipped guideline.
     *
     * @param paths scenario files, or folders searched recursively for {@code *.scenario.yaml}
     * @return one container per file, holding one test per expectation
     */
    public static Stream<DynamicNode> from(Path... paths) {
        return from(Guideline.shipped(), paths);
    }

    /**
     * The scenarios under these paths, run against a guideline (with your hypothetical revisions).
     *
     * @param guideline the guideline to run them against
     * @param paths     scenario files, or folders searched recursively for {@code *.scenario.yaml}
     * @return one container per file, holding one test per expectation
     */
    public static Stream<DynamicNode> from(Guideline guideline, Path... paths) {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path path : paths) {
            ScenarioFiles.Expanded files = ScenarioFiles.expand(List.of(path.toString()));
            files.errors().forEach(error -> nodes.add(failure(error.file() + ": " + error.message(), path.toUri(),
                    error.file() + ": " + error.message())));
            for (String file : files.files()) {
                nodes.add(file(guideline, Path.of(file)));
            }
        }
        return nodes.stream();
    }

    private static DynamicNode file(Guideline guideline, Path file) {
        List<DynamicNode> tests = new ArrayList<>();
        try {
            List<ScenarioResult> results = guideline.runScenarios(file);
            Map<String, Integer> uses = new HashMap<>();
            results.forEach(r -> uses.merge(r.name(), 1, Integer::sum));
            for (ScenarioResult result : results) {
                String name = uses.get(result.name()) > 1 ? result.name() + " (line " + result.line() + ")" : result.name();
                tests.add(DynamicTest.dynamicTest(name, at(file, result.line()), () -> {
                    if (!result.passed()) {
                        Assertions.fail(result.location() + ": " + result.name() + System.lineSeparator()
                                + String.join(System.lineSeparator(), result.report()));
                    }
                }));
            }
        } catch (MgcException e) {
            for (MgcException.Error error : e.errors()) {
                String where = error.line() > 0 ? "line " + error.line() + (error.field() == null ? "" : ", " + error.field())
                        : error.field() == null ? error.file() : error.field();
                tests.add(failure("error at " + where, at(file, error.line()), error.describe()));
            }
        }
        return DynamicContainer.dynamicContainer(file.toString(), file.toUri(), tests.stream());
    }

    private static DynamicTest failure(String name, URI source, String message) {
        return DynamicTest.dynamicTest(name, source, () -> Assertions.fail(message));
    }

    /** A file URI with the line, which IDEs open at that line. */
    private static URI at(Path file, int line) {
        URI uri = file.toAbsolutePath().toUri();
        return line > 0 ? URI.create(uri + "?line=" + line) : uri;
    }
}
