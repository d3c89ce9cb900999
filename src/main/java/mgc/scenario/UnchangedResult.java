package mgc.scenario;

import java.util.ArrayList;
import java.util.List;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;

/**
 * A scenario's {@link Unchanged} claim held against the rule base: the system's verdict under each
 * revision of the claim, in the claim's order.
 */
public record UnchangedResult(Scenario scenario, Unchanged claim, List<Verdict> verdicts) {

    public UnchangedResult {
        verdicts = List.copyOf(verdicts);
    }

    /** True when every verdict of the claim's revisions is the same decision. */
    public boolean passed() {
        return verdicts.stream().map(Verdict::decision).distinct().count() <= 1;
    }

    /** The test's name: {@code <scenario> [unchanged 2017, 2020]}. */
    public String name() {
        return scenario.name() + " [" + claim.describe() + "]";
    }

    /**
     * The verdict under each revision, with the findings that make a prohibited one, so a
     * change can be understood without rerunning anything. Plain text; callers escape it.
     */
    public List<String> diff() {
        List<String> lines = new ArrayList<>();
        lines.add("expected: the same verdict under " + String.join(", ", claim.revisions()));
        for (Verdict verdict : verdicts) {
            List<String> fired = verdict.findings().stream().map(TermOutcome::rule).distinct().toList();
            lines.add("  " + verdict.revision().id() + ": " + verdict.decision().id()
                    + (fired.isEmpty() ? "" : ", with " + String.join(" and ", fired) + " among the findings"));
            for (TermOutcome check : verdict.findings()) {
                lines.add("    x " + check.rule() + ": " + check.message());
            }
        }
        return lines;
    }
}
