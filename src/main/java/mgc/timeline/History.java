package mgc.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.revision.Revision;

/**
 * Folds a system's verdicts under the guideline's revisions, in date order, into periods of one
 * verdict each. Each revision is taken to be in force from its default date until the next
 * revision's, the reading {@code --as-of} takes (docs/record.md); the 2021 revision, which ends
 * every limit, is in force from its date on.
 */
public final class History {

    private History() {}

    /** The date from which no limit applies to any system (the guideline's end), if the last revision has no terms. */
    public static Optional<String> ended(List<Revision> revisions) {
        Revision last = revisions.get(revisions.size() - 1);
        boolean none = java.util.Arrays.stream(mgc.spec.SystemType.values()).allMatch(t -> last.termsFor(t).isEmpty());
        return none ? Optional.of(last.date()) : Optional.empty();
    }

    /** The periods of one system's result, by the one decision per revision every report shows. */
    public static List<Period> of(List<Revision> revisions, mgc.report.SystemResult result) {
        return of(revisions, result.verdicts(), result.verdicts().stream().map(result::decision).toList());
    }

    /**
     * @param revisions the shipped revisions in date order
     * @param verdicts  the system's verdict under each, in the same order
     * @param decisions the decision under each (what every report shows), in the same order
     */
    public static List<Period> of(List<Revision> revisions, List<Verdict> verdicts, List<Decision> decisions) {
        if (revisions.size() != verdicts.size() || verdicts.size() != decisions.size()) {
            throw new IllegalArgumentException("one verdict and decision per revision");
        }
        List<Period> periods = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= revisions.size(); i++) {
            if (i == revisions.size() || decisions.get(i) != decisions.get(start)) {
                List<String> ids = new ArrayList<>();
                List<String> rules = new ArrayList<>();
                for (int j = start; j < i; j++) {
                    ids.add(revisions.get(j).id());
                    List<String> failed = verdicts.get(j).findings().stream().map(TermOutcome::rule).distinct().toList();
                    if (!failed.isEmpty()) {
                        rules.add(String.join(", ", failed) + " under " + revisions.get(j).id());
                    }
                }
                Optional<String> to = i == revisions.size() ? Optional.empty() : Optional.of(revisions.get(i).date());
                periods.add(new Period(revisions.get(start).date(), to, decisions.get(start), ids, rules));
                start = i;
            }
        }
        return periods;
    }
}

