package mgc.engine;

import java.util.List;
import mgc.revision.Revision;

/** The outcome for one system under one revision, with every check that led to it. */
public record Verdict(Revision revision, Decision decision, List<TermOutcome> checks) {

    public Verdict {
        // The engine's own read-only list of checks built again from its cell memo is kept as it is (built when read).
        checks = checks instanceof RemadeChecks ? checks : List.copyOf(checks);
    }

    /** The checks that failed: the reasons for a prohibited verdict. */
    public List<TermOutcome> findings() {
        if (checks instanceof RemadeChecks remade) {
            return remade.findings();
        }
        return checks.stream().filter(TermOutcome::violated).toList();
    }
}
