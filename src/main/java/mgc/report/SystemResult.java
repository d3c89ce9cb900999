package mgc.report;

import java.util.List;
import java.util.Optional;
import mgc.engine.Decision;
import mgc.engine.Trace;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;

/**
 * One system from one file, with its verdict under each selected revision.
 *
 * @param trace what the rule engine did for it, when --explain asked for it
 */
public record SystemResult(String file, SystemSpec spec, List<Verdict> verdicts, Optional<Trace> trace) {

    public SystemResult {
        verdicts = List.copyOf(verdicts);
    }

    public SystemResult(String file, SystemSpec spec, List<Verdict> verdicts) {
        this(file, spec, verdicts, Optional.empty());
    }

    public boolean anyProhibited() {
        return verdicts.stream().anyMatch(v -> v.decision() == Decision.PROHIBITED);
    }
}
