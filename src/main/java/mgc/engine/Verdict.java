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
        // A loop, not a stream: a batch asks this of every verdict.
        int count = 0;
        for (int i = 0; i < checks.size(); i++) {
            count += checks.get(i).violated() ? 1 : 0;
        }
        TermOutcome[] findings = new TermOutcome[count];
        int at = 0;
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).violated()) {
                findings[at++] = checks.get(i);
            }
        }
        return readOnly(findings);
    }

    /** As {@code stream().toList()} gives a list: read-only, and asked for null it says no rather than throwing, as List.of's would. */
    static List<TermOutcome> readOnly(TermOutcome[] outcomes) {
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(outcomes));
    }
}
