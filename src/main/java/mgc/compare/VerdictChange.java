package mgc.compare;

import mgc.engine.Verdict;
import mgc.spec.SystemSpec;

/** A user's system whose verdict differs between the two revisions. */
public record VerdictChange(String file, SystemSpec spec, Verdict from, Verdict to) {

    /** The verdict that prohibits the system, whose findings cause the change. */
    public Verdict prohibiting() {
        return from.decision() == mgc.engine.Decision.PROHIBITED ? from : to;
    }
}
