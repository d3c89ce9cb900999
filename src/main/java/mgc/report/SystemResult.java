package mgc.report;

import java.util.List;
import java.util.Optional;
import mgc.capability.CapabilityResult;
import mgc.engine.Decision;
import mgc.engine.Trace;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;

/**
 * One system from one file, with its verdict under each selected revision.
 *
 * @param capability what the system's stages can do, when capability was assessed (--capability, --mtcr)
 * @param trace what the rule engine did for it, when --explain asked for it
 */
public record SystemResult(String file, SystemSpec spec, List<Verdict> verdicts, Optional<CapabilityResult> capability,
                           Optional<Trace> trace) {

    public SystemResult {
        verdicts = List.copyOf(verdicts);
    }

    public SystemResult(String file, SystemSpec spec, List<Verdict> verdicts) {
        this(file, spec, verdicts, Optional.empty(), Optional.empty());
    }

    public boolean anyProhibited() {
        return verdicts.stream().anyMatch(this::prohibited);
    }

    /** Prohibited under the verdict's revision: at the declared point, or in any configuration the stages allow. */
    public boolean prohibited(Verdict verdict) {
        return verdict.decision() == Decision.PROHIBITED
                || capability.map(c -> c.prohibitedUnder(verdict.revision().id())).orElse(false);
    }

    /** The decision under the verdict's revision, counting capability when it was checked. */
    public Decision decision(Verdict verdict) {
        return prohibited(verdict) ? Decision.PROHIBITED : Decision.PERMITTED;
    }
}
