package mgc.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;

/**
 * Rule coverage of a scenario suite over the rule base's own revisions. A rule has two sides:
 * it <em>fires</em> when a scenario's asserted verdict has it among the findings, and it holds
 * <em>within</em> when a check of it passed. A side counts only where it can happen: for a
 * revision with a term the rule applies (MG-UNDECLARED: a term needing a value the spec may
 * omit), and only the sides the DRL declares ({@code @outcome}). Coverage is covered pairs
 * over applicable (revision, rule, side) pairs.
 */
public final class Coverage {

    public enum Side {
        FIRES("fires", "violated"), WITHIN("within", "within");

        private final String id;
        private final String outcome;

        Side(String id, String outcome) {
            this.id = id;
            this.outcome = outcome;
        }

        public String id() {
            return id;
        }
    }

    /** One (revision, rule, side) pair the suite should reach. */
    public record Entry(String revision, String rule, Side side, boolean covered) {}

    private static final String UNDECLARED = "MG-UNDECLARED";

    private final List<Revision> revisions;
    private final Map<String, SortedSet<String>> outcomes;
    private final Set<String> covered = new HashSet<>();

    /**
     * @param revisions the rule base's revisions (hypothetical ones are the suite's own data, not
     *                  part of the rule base, and are not counted)
     * @param outcomes  rule id to the outcomes its DRL rules declare
     */
    public Coverage(List<Revision> revisions, Map<String, SortedSet<String>> outcomes) {
        this.revisions = List.copyOf(revisions);
        this.outcomes = outcomes;
    }

    public void record(Verdict verdict) {
        for (TermOutcome check : verdict.checks()) {
            covered.add(key(verdict.revision().id(), check.rule(), check.violated() ? Side.FIRES : Side.WITHIN));
        }
    }

    /** Every applicable pair, by revision (in catalog order), then rule id, then side. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (Revision revision : revisions) {
            if (!revision.shipped()) {
                continue;
            }
            for (Map.Entry<String, SortedSet<String>> rule : outcomes.entrySet()) {
                if (!applies(revision, rule.getKey())) {
                    continue;
                }
                for (Side side : Side.values()) {
                    if (rule.getValue().contains(side.outcome)) {
                        entries.add(new Entry(revision.id(), rule.getKey(), side,
                                covered.contains(key(revision.id(), rule.getKey(), side))));
                    }
                }
            }
        }
        return entries;
    }

    /** Covered pairs as a percentage of applicable pairs (100 when nothing applies). */
    public double percent() {
        List<Entry> entries = entries();
        if (entries.isEmpty()) {
            return 100;
        }
        return 100.0 * entries.stream().filter(Entry::covered).count() / entries.size();
    }

    /** Whether the revision has a term of the rule's kind ({@link Term#ruleId}); every term for a rule of no kind (a custom rule base). */
    static boolean applies(Revision revision, String rule) {
        if (rule.equals(UNDECLARED)) {
            return undeclaredApplies(revision);
        }
        boolean ofAKind = Term.ruleIds().contains(rule);
        for (SystemType type : SystemType.values()) {
            for (Term term : revision.termsFor(type)) {
                if (!ofAKind || term.ruleId().equals(rule)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * MG-UNDECLARED can fire only where a term needs a value a valid spec may leave out: range
     * and payload are required for every type but space launch vehicles; propellant and total
     * impulse are always optional.
     */
    static boolean undeclaredApplies(Revision revision) {
        for (SystemType type : SystemType.values()) {
            for (Term term : revision.termsFor(type)) {
                for (Term.Input needed : term.needs()) {
                    boolean required = (needed == Term.Input.RANGE || needed == Term.Input.PAYLOAD)
                            && type.requiresRangeAndPayload();
                    if (!required) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String key(String revision, String rule, Side side) {
        return revision + "\u0000" + rule + "\u0000" + side.id;
    }
}
