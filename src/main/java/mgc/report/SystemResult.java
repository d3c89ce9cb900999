package mgc.report;

import java.util.List;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;

/** One system from one file, with its verdict under each selected revision. */
public record SystemResult(String file, SystemSpec spec, List<Verdict> verdicts) {

    public SystemResult {
        verdicts = List.copyOf(verdicts);
    }

    public boolean anyProhibited() {
        return verdicts.stream().anyMatch(v -> v.decision() == Decision.PROHIBITED);
    }
}
