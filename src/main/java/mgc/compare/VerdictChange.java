package mgc.compare;

import java.util.List;
import java.util.Optional;
import mgc.capability.CapabilityResult;
import mgc.capability.CapabilityVerdict;
import mgc.capability.Witness;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;

/**
 * A user's system whose verdict differs between the two revisions.
 *
 * @param capability what the system's stages can do, when compared with --capability: a
 *                   configuration the stages allow can change the verdict the declared point gets
 */
public record VerdictChange(String file, SystemSpec spec, Verdict from, Verdict to, Optional<CapabilityResult> capability) {

    /** The decision under FROM, counting capability when it was checked. */
    public Decision fromDecision() {
        return decision(capability, from);
    }

    /** The decision under TO, counting capability when it was checked. */
    public Decision toDecision() {
        return decision(capability, to);
    }

    /** The verdict that prohibits the system, whose findings cause the change. */
    public Verdict prohibiting() {
        return fromDecision() == Decision.PROHIBITED ? from : to;
    }

    /** The configurations the stages allow that the prohibiting revision forbids (--capability). */
    public List<Witness> capabilityWitnesses() {
        return capability.flatMap(c -> c.verdictFor(prohibiting().revision().id()))
                .map(CapabilityVerdict::witnesses).orElse(List.of());
    }

    static Decision decision(Optional<CapabilityResult> capability, Verdict verdict) {
        boolean prohibited = verdict.decision() == Decision.PROHIBITED
                || capability.map(c -> c.prohibitedUnder(verdict.revision().id())).orElse(false);
        return prohibited ? Decision.PROHIBITED : Decision.PERMITTED;
    }
}
