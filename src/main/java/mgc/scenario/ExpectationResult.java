package mgc.scenario;

import java.util.ArrayList;
import java.util.List;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;

/**
 * One expectation of a scenario held against the rule base's verdict.
 *
 * @param missingRules rule ids the scenario expects among the findings that are not there
 */
public record ExpectationResult(Scenario scenario, Expectation expected, Verdict actual, List<String> missingRules) {

    public ExpectationResult {
        missingRules = List.copyOf(missingRules);
    }

    static ExpectationResult of(Scenario scenario, Expectation expected, Verdict actual) {
        List<String> fired = actual.findings().stream().map(TermOutcome::rule).toList();
        List<String> missing = expected.rules().stream().filter(rule -> !fired.contains(rule)).toList();
        return new ExpectationResult(scenario, expected, actual, missing);
    }

    public boolean passed() {
        return actual.decision() == expected.verdict() && missingRules.isEmpty();
    }

    /** The test's name, as in Surefire reports: {@code <scenario> [<revision>]}. */
    public String name() {
        return scenario.name() + " [" + expected.revision() + "]";
    }

    /**
     * Expected against actual, with every check of the actual verdict (findings first), so a
     * failure can be understood without rerunning anything. Plain text; callers escape it for
     * terminals.
     */
    public List<String> diff() {
        List<String> lines = new ArrayList<>();
        lines.add("expected: " + expected.describe());
        List<String> fired = actual.findings().stream().map(TermOutcome::rule).distinct().toList();
        lines.add("actual:   " + actual.decision().id() + (fired.isEmpty() ? "" : ", with " + String.join(" and ", fired)
                + " among the findings"));
        if (!missingRules.isEmpty()) {
            lines.add("missing:  " + String.join(", ", missingRules) + " did not fire");
        }
        if (actual.checks().isEmpty()) {
            lines.add("  (no terms for " + scenario.system().type().id() + " in revision " + actual.revision().id() + ")");
        }
        for (TermOutcome check : actual.findings()) {
            lines.add("  x " + check.rule() + ": " + check.message());
        }
        for (TermOutcome check : actual.checks()) {
            if (!check.violated()) {
                lines.add("  ok " + check.rule() + ": " + check.message());
            }
        }
        return lines;
    }
}
