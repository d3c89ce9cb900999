package mgc.sweep;

import java.util.List;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemType;

/**
 * What to sweep: a system type over a range x payload grid, with an optional fixed propellant
 * and total impulse (for space launch vehicles), against chosen revisions.
 *
 * @param totalImpulseNs fixed total impulse in N*s, or null when not declared
 */
public record SweepRequest(SystemType type, Axis range, Axis payload, Propellant propellant, Double totalImpulseNs,
                           List<Revision> revisions) {

    public SweepRequest {
        revisions = List.copyOf(revisions);
    }

    public long points() {
        return (long) range.count() * payload.count();
    }
}
