package mgc.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the DRL rules record their checks (the rule base's only global). One per session; the
 * evaluator drains it after each system.
 */
public final class OutcomeSink {

    private List<TermOutcome> checks = new ArrayList<>();

    public void add(TermOutcome check) {
        checks.add(check);
    }

    int size() {
        return checks.size();
    }

    /** The checks added since the sink held {@code count}; for the trace of one rule firing. */
    List<TermOutcome> since(int count) {
        return List.copyOf(checks.subList(count, checks.size()));
    }

    /** The checks recorded since the last drain, in firing order; the sink is empty after. */
    List<TermOutcome> drain() {
        List<TermOutcome> out = checks;
        checks = new ArrayList<>();
        return out;
    }
}
