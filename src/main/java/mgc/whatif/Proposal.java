package mgc.whatif;

import java.util.List;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;

/**
 * The least relaxation of a revision's terms that permits given systems: the terms it must
 * raise, the systems that needed nothing, and those no raise of a limit can permit.
 *
 * @param from the revision relaxed
 * @param relaxed one per term that must change, in the order of system type, then term kind
 * @param permitted the systems {@code from} already permits, in words ("Hyunmoo-2C (800 km, 500 kg)")
 * @param cannot the systems no raise of a limit permits, and why
 */
public record Proposal(Revision from, List<Relaxed> relaxed, List<String> permitted, List<Unpermittable> cannot) {

    public Proposal {
        relaxed = List.copyOf(relaxed);
        permitted = List.copyOf(permitted);
        cannot = List.copyOf(cannot);
    }

    /** A term of {@code from} and its raised form, with the systems that need the raise. */
    public record Relaxed(SystemType type, Term before, Term after, List<String> neededBy) {
        public Relaxed {
            neededBy = List.copyOf(neededBy);
        }
    }

    /** A system no relaxation of the revision's limits permits, e.g. one that leaves out a value a term needs. */
    public record Unpermittable(String system, String location, String reason) {}

    /** True when nothing needs to change: every system is already permitted. */
    public boolean nothingToChange() {
        return relaxed.isEmpty() && cannot.isEmpty();
    }
}
