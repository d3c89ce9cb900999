package mgc.compare;

import mgc.engine.Verdict;
import mgc.spec.SystemSpec;

/**
 * A concrete system that one revision permits and the other prohibits, written as a spec file
 * and confirmed by reading that text back and running it through the rule base.
 *
 * @param yaml the spec file text; {@code mgc check --revision FROM --revision TO} on it gives the same verdicts
 */
public record Counterexample(Direction direction, String permittedBy, String prohibitedBy, String yaml,
                             SystemSpec spec, Verdict from, Verdict to) {

    /** The verdict of the revision that prohibits the system, whose findings are the reason. */
    public Verdict prohibiting() {
        return direction == Direction.PERMITTED_BY_TO ? from : to;
    }
}
