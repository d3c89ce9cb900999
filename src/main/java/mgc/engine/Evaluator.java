package mgc.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Quantity;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Checks systems against a fixed set of revisions. The revisions' terms are inserted once; each
 * system (or group of systems, {@link #evaluateAll}) is inserted, the rules fire, its checks are
 * collected and it is removed again, so the session is reused for any number of systems. No rule
 * joins two systems, so systems evaluated together get exactly the verdicts they get alone; doing
 * so halves the engine's cost per system (docs/performance.md). Not thread-safe.
 */
public final class Evaluator implements AutoCloseable {

    /** How many systems a batch inserts before firing: past this the saving levels off. */
    public static final int GROUP = 64;

    // Deterministic order whatever the firing order; the last keys only break ties of texts.
    static final Comparator<TermOutcome> ORDER = Comparator.comparing(TermOutcome::rule)
            .thenComparing(TermOutcome::field).thenComparing(TermOutcome::message)
            .thenComparing(TermOutcome::source).thenComparing(TermOutcome::basis);

    private final KieSession session;
    private final OutcomeSink sink = new OutcomeSink();
    private final List<Revision> revisions;
    private final Map<String, Integer> position = new HashMap<>();
    /** Null unless {@link #explain()} was called: the default path has no listener and no cost. */
    private RuleTrace trace;
    private Trace lastTrace;
    /** Null unless the rule base may decide once per cell ({@link CellKey}); then its decisions by cell. */
    private final CellKey cells;
    private final HashMap<Long, Decided> decided = new HashMap<>();

    /**
     * What the rule base decided for a cell: the outcomes of its first system by revision (in the
     * one order), and what stays the same for every system of the cell: each revision's decision
     * (an outcome's rule and result do not change) and whether its outcomes' order is settled by
     * rule and field alone, which they keep too, so that the order of the outcomes built again
     * needs no sort.
     */
    private record Decided(TermOutcome[][] outcomes, Decision[] decisions, boolean[] ordered) {}

    /** Cells remembered at most: far more than the shipped revisions have (a few hundred), a bound for odd ones. */
    static final int MAX_CELLS = 100_000;

    /**
     * @param session a fresh session of the rule base, which this evaluator owns
     * @param byCell whether the rule base's rules compare a system's values only with its terms'
     *               numbers (the shipped DRL), so that it may decide once per cell
     */
    Evaluator(KieSession session, List<Revision> revisions, boolean byCell) {
        this.cells = byCell ? CellKey.of(revisions) : null;
        this.revisions = List.copyOf(revisions);
        this.session = session;
        session.setGlobal("checks", sink);
        for (int i = 0; i < revisions.size(); i++) {
            Revision revision = revisions.get(i);
            position.put(revision.id(), i);
            for (SystemType type : SystemType.values()) {
                for (Term term : revision.termsFor(type)) {
                    session.insert(TermFact.of(revision, type, term));
                }
            }
        }
    }

    public List<Revision> revisions() {
        return revisions;
    }

    /**
     * From now on, record what the rule engine does for each system (through its event
     * listeners), for {@link #lastTrace()}. Slower; for --explain.
     */
    public void explain() {
        if (trace == null) {
            trace = new RuleTrace(sink);
            session.addEventListener(trace.agenda);
            session.addEventListener(trace.memory);
        }
    }

    /** Whether {@link #explain()} is on. */
    public boolean explaining() {
        return trace != null;
    }

    /** The engine's steps for the system evaluated last, when {@link #explain()} is on. */
    public java.util.Optional<Trace> lastTrace() {
        return java.util.Optional.ofNullable(lastTrace);
    }

    /** One verdict per revision, in the order the revisions were given. */
    public List<Verdict> evaluate(SystemSpec spec) {
        return evaluate(fact(spec));
    }

    public List<Verdict> evaluate(SystemFact fact) {
        return evaluateAll(List.of(fact)).get(0);
    }

    /** The fact the rules see for a spec: its values in canonical units. */
    public static SystemFact fact(SystemSpec spec) {
        return new SystemFact(spec.type(), value(spec.range()), value(spec.payload()),
                spec.propellant().orElse(null), value(spec.totalImpulse()));
    }

    /**
     * Evaluates systems together (in one firing of the rules), each exactly as {@link #evaluate}
     * would: for each system in order, one verdict per revision. The facts must be distinct
     * objects; a caller with many systems passes them {@link #GROUP} at a time.
     */
    public List<List<Verdict>> evaluateAll(List<SystemFact> facts) {
        if (cells == null || trace != null) {
            return fire(facts);
        }
        // The rule base decides once per cell: a system whose cell it has decided gets the same
        // rules' checks built again from its own numbers (TermOutcome.remake); the others are evaluated
        // together, and their decisions remembered.
        Verdict[][] out = new Verdict[facts.size()][];
        List<SystemFact> undecided = new ArrayList<>();
        List<Integer> undecidedAt = new ArrayList<>();
        long[] keys = new long[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            SystemFact fact = facts.get(i);
            long key = cells.of(fact);
            keys[i] = key;
            Decided decision = key == CellKey.NONE ? null : decided.get(spread(key));
            if (decision != null) {
                out[i] = remake(decision, fact);
            } else {
                undecided.add(fact);
                undecidedAt.add(i);
            }
        }
        if (!undecided.isEmpty()) {
            List<List<Verdict>> fresh = fire(undecided);
            for (int j = 0; j < fresh.size(); j++) {
                int i = undecidedAt.get(j);
                List<Verdict> verdicts = fresh.get(j);
                out[i] = verdicts.toArray(Verdict[]::new);
                if (keys[i] != CellKey.NONE && decided.size() < MAX_CELLS && !decided.containsKey(spread(keys[i]))) {
                    decided.put(spread(keys[i]), decision(verdicts));
                }
            }
        }
        List<List<Verdict>> verdicts = new ArrayList<>(facts.size());
        for (Verdict[] forSystem : out) {
            verdicts.add(List.of(forSystem));
        }
        return verdicts;
    }

    /**
     * A cell key as the memo's key: multiplied by an odd constant, which keeps distinct cells
     * distinct (it is a bijection of the longs) but spreads them over the whole word. The keys
     * themselves are bit fields, and Long's hash of them crowded buckets (a profile of the batch
     * showed the lookups searching the map's tree bins).
     */
    private static long spread(long key) {
        return key * 0x9E3779B97F4A7C15L;
    }

    /** A system's outcomes by revision, to build again for others of its cell. */
    private static Decided decision(List<Verdict> verdicts) {
        TermOutcome[][] outcomes = new TermOutcome[verdicts.size()][];
        Decision[] decisions = new Decision[outcomes.length];
        boolean[] ordered = new boolean[outcomes.length];
        for (int r = 0; r < outcomes.length; r++) {
            outcomes[r] = verdicts.get(r).checks().toArray(TermOutcome[]::new);
            decisions[r] = verdicts.get(r).decision();
            ordered[r] = true;
            for (int k = 1; k < outcomes[r].length; k++) {
                TermOutcome before = outcomes[r][k - 1];
                TermOutcome after = outcomes[r][k];
                int rule = before.rule().compareTo(after.rule());
                if (rule > 0 || (rule == 0 && before.field().compareTo(after.field()) >= 0)) {
                    ordered[r] = false; // a tie on rule and field: the texts decide, and they may differ
                }
            }
        }
        return new Decided(outcomes, decisions, ordered);
    }

    private Verdict[] remake(Decided decision, SystemFact fact) {
        Verdict[] forSystem = new Verdict[decision.outcomes().length];
        for (int r = 0; r < forSystem.length; r++) {
            TermOutcome[] first = decision.outcomes()[r];
            // Built again when asked for: a JSON Lines batch asks only for the findings.
            List<TermOutcome> checks = first.length == 0 ? List.of() : new RemadeChecks(first, fact, decision.ordered()[r]);
            forSystem[r] = new Verdict(revisions.get(r), decision.decisions()[r], checks);
        }
        return forSystem;
    }

    /** The verdict of revision {@code r} from its checks (null for none), sorted in the one deterministic order. */
    private Verdict verdict(int r, TermOutcome[] list) {
        List<TermOutcome> sorted;
        boolean prohibited = false;
        if (list == null) {
            sorted = List.of();
        } else {
            if (list.length > 1) {
                Arrays.sort(list, ORDER);
            }
            for (TermOutcome check : list) {
                prohibited |= check.violated();
            }
            sorted = list.length == 1 ? List.of(list[0]) : list.length == 2 ? List.of(list[0], list[1]) : List.of(list);
        }
        return new Verdict(revisions.get(r), prohibited ? Decision.PROHIBITED : Decision.PERMITTED, sorted);
    }

    /** How many cells the rule base has decided so far (0 when it decides every system). */
    int decidedCells() {
        return decided.size();
    }

    /** Every system through the rule engine, in one firing. */
    private List<List<Verdict>> fire(List<SystemFact> facts) {
        if (trace != null && facts.size() > 1) {
            // --explain records one trace per system: one system per firing.
            List<List<Verdict>> single = new ArrayList<>(facts.size());
            for (SystemFact fact : facts) {
                single.add(evaluate(fact));
            }
            return single;
        }
        Map<SystemFact, Integer> index = new IdentityHashMap<>(facts.size() * 2);
        for (int i = 0; i < facts.size(); i++) {
            if (index.put(facts.get(i), i) != null) {
                throw new IllegalArgumentException("the same SystemFact twice in one evaluation");
            }
        }
        FactHandle[] handles = new FactHandle[facts.size()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = session.insert(facts.get(i));
        }
        session.fireAllRules();
        for (FactHandle handle : handles) {
            session.delete(handle);
        }
        if (trace != null) {
            lastTrace = trace.drain();
        }
        // Checks by (system, revision) slot: counted, then placed in arrays of the exact size, so
        // a verdict's list is built once (List.copyOf in Verdict then keeps it as it is).
        int revisionCount = revisions.size();
        List<TermOutcome> recorded = sink.drain();
        int[] slotOf = new int[recorded.size()];
        int[] counts = new int[facts.size() * revisionCount];
        for (int c = 0; c < slotOf.length; c++) {
            TermOutcome check = recorded.get(c);
            int system = facts.size() == 1 ? 0 : index.get(check.system());
            int slot = system * revisionCount + position.get(check.revision());
            slotOf[c] = slot;
            counts[slot]++;
        }
        TermOutcome[][] slots = new TermOutcome[counts.length][];
        for (int c = 0; c < slotOf.length; c++) {
            int slot = slotOf[c];
            TermOutcome[] into = slots[slot];
            if (into == null) {
                into = slots[slot] = new TermOutcome[counts[slot]];
                counts[slot] = 0;
            }
            into[counts[slot]++] = recorded.get(c);
        }
        List<List<Verdict>> verdicts = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            Verdict[] forSystem = new Verdict[revisionCount];
            for (int r = 0; r < revisionCount; r++) {
                forSystem[r] = verdict(r, slots[i * revisionCount + r]);
            }
            verdicts.add(List.of(forSystem));
        }
        return verdicts;
    }

    private static Double value(java.util.Optional<Quantity> quantity) {
        return quantity.map(Quantity::value).orElse(null);
    }

    @Override
    public void close() {
        session.dispose();
    }
}
