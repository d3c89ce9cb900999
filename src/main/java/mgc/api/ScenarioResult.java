package mgc.api;

import java.util.List;

/**
 * One expectation of a scenario file held against the rule base: the verdict a scenario states
 * for a system under one revision, or that its verdict is unchanged between revisions, and
 * whether the rule base agrees.
 *
 * @param file     the scenario file
 * @param line     the line of the expectation (its revision id) in the file
 * @param column   the column of the expectation
 * @param scenario the scenario's {@code name}
 * @param revision the revision id of the expectation, or for a verdict-stability claim
 *                 ({@code unchanged: [...]}) the claim, e.g. {@code unchanged 2017, 2020}
 * @param passed   true when the rule base gives the expected verdict (and the expected rules fire)
 * @param report   expected against actual, with every check of the actual verdict, as
 *                 {@code mgc test} prints a failure
 */
public record ScenarioResult(String file, int line, int column, String scenario, String revision, boolean passed,
                             List<String> report) {

    /**
     * A result; the list is copied.
     *
     * @param file     the scenario file
     * @param line     the expectation's line
     * @param column   the expectation's column
     * @param scenario the scenario name
     * @param revision the revision id
     * @param passed   whether it holds
     * @param report   the lines of the report
     */
    public ScenarioResult {
        report = List.copyOf(report);
    }

    /**
     * The test's name as {@code mgc test} and test reports show it.
     *
     * @return {@code <scenario> [<revision>]}
     */
    public String name() {
        return scenario + " [" + revision + "]";
    }

    /**
     * Where the expectation is written.
     *
     * @return {@code file:line:column}
     */
    public String location() {
        return file + ":" + line + ":" + column;
    }

    /**
     * The result as {@code mgc test} prints it.
     *
     * @return {@code ok <name>}, or {@code FAIL <name> <location>} followed by the report
     */
    @Override
    public String toString() {
        return passed ? "ok    " + name() : "FAIL  " + name() + "  " + location() + "\n      " + String.join("\n      ", report);
    }
}
