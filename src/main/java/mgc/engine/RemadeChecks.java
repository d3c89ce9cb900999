package mgc.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The checks of one system under one revision, answered from the cell memo: the outcomes of the
 * cell's first system ({@code first}, in the one order) built again for this system
 * ({@link TermOutcome#remake}) only when asked for. A batch written as JSON Lines asks only for the
 * findings, a few of the twenty-odd outcomes of a line, and building the others was a tenth of
 * a worker's time. Read-only; equal to (and hashing as) the list of the outcomes built.
 *
 * <p>When the first system's outcomes are {@code ordered} by rule and field alone, this system's
 * are in the same order (each keeps its rule and field), and which of them are violated does not
 * change within a cell; so the findings are the violated ones built again, in place. Otherwise
 * all are built and sorted as {@link Evaluator} sorts a fresh verdict, on first use.
 */
final class RemadeChecks extends AbstractList<TermOutcome> implements RandomAccess {

    private final TermOutcome[] first;
    private final SystemFact system;
    private final boolean ordered;
    /** Every outcome, built on first use; volatile, as a verdict may be read by another thread than the one that made it. */
    private volatile List<TermOutcome> all;

    RemadeChecks(TermOutcome[] first, SystemFact system, boolean ordered) {
        this.first = first;
        this.system = system;
        this.ordered = ordered;
    }

    /** The violated checks, in order, as {@code checks().stream().filter(TermOutcome::violated)} gives them. */
    List<TermOutcome> findings() {
        List<TermOutcome> built = all;
        if (built == null && ordered) {
            int count = 0;
            for (TermOutcome outcome : first) {
                if (outcome.violated()) {
                    count++;
                }
            }
            TermOutcome[] findings = new TermOutcome[count];
            int at = 0;
            for (TermOutcome outcome : first) {
                if (outcome.violated()) {
                    findings[at++] = outcome.remake(system);
                }
            }
            return Verdict.readOnly(findings);
        }
        return all().stream().filter(TermOutcome::violated).toList();
    }

    private List<TermOutcome> all() {
        List<TermOutcome> built = all;
        if (built == null) {
            TermOutcome[] made = new TermOutcome[first.length];
            for (int k = 0; k < made.length; k++) {
                made[k] = first[k].remake(system);
            }
            if (made.length > 1 && !ordered) {
                Arrays.sort(made, Evaluator.ORDER);
            }
            built = List.of(made);
            all = built;
        }
        return built;
    }

    @Override
    public TermOutcome get(int index) {
        return all().get(index);
    }

    @Override
    public int size() {
        return first.length;
    }
}
