package mgc.capability;

import java.util.List;
import mgc.engine.Decision;
import mgc.revision.Revision;

/**
 * The outcome for a system's whole curve under one revision: prohibited when the rule base
 * prohibits any configuration, with one witness per failed rule.
 *
 * @param configurationsChecked how many configurations of the curve went through the rule base
 */
public record CapabilityVerdict(Revision revision, Decision decision, List<Witness> witnesses, int configurationsChecked) {

    public CapabilityVerdict {
        witnesses = List.copyOf(witnesses);
    }
}
