package mgc.engine;

import java.util.List;
import mgc.revision.Revision;

/** The outcome for one system under one revision, with every check that led to it. */
public record Verdict(Revision revision, Decision decision, List<Check> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    /** The checks that failed: the reasons for a prohibited verdict. */
    public List<Check> findings() {
        return checks.stream().filter(Check::violated).toList();
    }
}
