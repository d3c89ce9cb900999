package mgc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import mgc.document.DocumentReader;
import mgc.revision.ImpulseCap;
import mgc.revision.PayloadCap;
import mgc.revision.PayloadCapBeyondRange;
import mgc.revision.PayloadTradeoff;
import mgc.revision.RangeCap;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import org.junit.jupiter.api.Test;

/**
 * The rule base deciding once per cell ({@link CellKey}) gives every system exactly the verdicts
 * and checks (numbers, texts, order) that the rule engine gives it alone: on seeded systems at,
 * just beside and between every number the terms compare with, undeclared fields, every type and
 * propellant, with the shipped revisions and a hypothetical one.
 */
class CellMemoTest {

    private static final SystemType[] TYPES = SystemType.values();

    /** Values of one axis worth trying: each breakpoint, its neighbouring doubles, midpoints, 0, -0, far values. */
    private static double[] candidates(TreeSet<Double> breakpoints) {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 1e9));
        Double previous = null;
        for (double b : breakpoints) {
            values.add(b);
            values.add(Math.nextUp(b));
            values.add(Math.nextDown(b));
            values.add(b + 0.5);
            if (previous != null) {
                values.add((previous + b) / 2);
            }
            previous = b;
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<SystemFact> systems(List<Revision> revisions, int count, long seed) {
        TreeSet<Double> range = new TreeSet<>();
        TreeSet<Double> payload = new TreeSet<>();
        TreeSet<Double> impulse = new TreeSet<>();
        for (Revision revision : revisions) {
            for (SystemType type : TYPES) {
                for (Term term : revision.termsFor(type)) {
                    if (term instanceof RangeCap t) {
                        range.add(t.max().value());
                    } else if (term instanceof PayloadCap t) {
                        payload.add(t.max().value());
                    } else if (term instanceof PayloadTradeoff t) {
                        t.points().forEach(p -> {
                            range.add(p.range().value());
                            payload.add(p.payload().value());
                        });
                        // Points on the curve between its published points, where limit == payload.
                        for (double km = 300; km <= 800; km += 25) {
                            payload.add(t.limitAt(km));
                        }
                    } else if (term instanceof PayloadCapBeyondRange t) {
                        range.add(t.threshold().value());
                        payload.add(t.max().value());
                    } else if (term instanceof ImpulseCap t) {
                        impulse.add(t.max().value());
                    }
                }
            }
        }
        double[] ranges = candidates(range);
        double[] payloads = candidates(payload);
        double[] impulses = candidates(impulse);
        Random random = new Random(seed);
        List<SystemFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SystemType type = TYPES[random.nextInt(TYPES.length)];
            Double r = random.nextInt(10) == 0 ? null : random.nextBoolean() ? ranges[random.nextInt(ranges.length)]
                    : random.nextInt(2_000_000) / 1000.0;
            Double p = random.nextInt(10) == 0 ? null : random.nextBoolean() ? payloads[random.nextInt(payloads.length)]
                    : random.nextInt(3500) + random.nextInt(4) / 4.0;
            // On the 2012 curve exactly: payload = limit at the range.
            if (r != null && p != null && random.nextInt(6) == 0) {
                p = 2000 + (Math.min(Math.max(r, 300), 500) - 300) / 200 * -1000;
            }
            Propellant propellant = random.nextInt(4) == 0 ? null : Propellant.values()[random.nextInt(3)];
            Double i2 = random.nextInt(4) == 0 ? null : random.nextBoolean() ? impulses[random.nextInt(impulses.length)]
                    : random.nextInt(9_000_000) * 1.0;
            facts.add(new SystemFact(type, r, p, propellant, i2));
        }
        return facts;
    }

    private static void assertSameAsTheEngine(RuleSet ruleSet, List<Revision> revisions) {
        List<SystemFact> facts = systems(revisions, 20_000, 17);
        RuleBase ruleBase = ruleSet.ruleBase();
        try (Evaluator byCell = ruleBase.newEvaluator(revisions);
             Evaluator engine = new Evaluator(ruleBase.kieBase().newKieSession(), revisions, false)) {
            for (int from = 0; from < facts.size(); from += Evaluator.GROUP) {
                List<SystemFact> group = facts.subList(from, Math.min(facts.size(), from + Evaluator.GROUP));
                List<List<Verdict>> decided = byCell.evaluateAll(group);
                List<List<Verdict>> expected = engine.evaluateAll(group);
                for (int i = 0; i < group.size(); i++) {
                    // The findings first, before anything builds all the checks of a verdict from the memo
                    // (RemadeChecks builds only the violated ones for them), then everything.
                    for (int r = 0; r < revisions.size(); r++) {
                        assertThat(decided.get(i).get(r).findings()).as("%s", group.get(i))
                                .isEqualTo(expected.get(i).get(r).findings());
                    }
                    assertThat(describe(decided.get(i))).as("%s", group.get(i)).isEqualTo(describe(expected.get(i)));
                    assertThat(decided.get(i)).isEqualTo(expected.get(i));
                }
            }
            assertThat(byCell.decidedCells()).as("cells decided by the rule base").isPositive().isLessThan(facts.size() / 4);
            assertThat(engine.decidedCells()).isZero();
        }
    }

    /** A verdict list in short: per revision its decision and checks (without the revision's whole text). */
    private static String describe(List<Verdict> verdicts) {
        StringBuilder text = new StringBuilder();
        for (Verdict verdict : verdicts) {
            text.append(verdict.revision().id()).append(' ').append(verdict.decision()).append('\n');
            for (TermOutcome check : verdict.checks()) {
                text.append("  ").append(check.rule()).append(' ').append(check.field()).append(' ').append(check.violated())
                        .append(' ').append(check.message()).append(" | ").append(check.basis()).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theShippedRevisions() throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        assertSameAsTheEngine(ruleSet, ruleSet.catalog().all());
    }

    @Test
    void withAHypotheticalRevision() throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(),
                List.of(Path.of("scenarios/boundaries/revisions/range-1000km.revision.yaml")), new DocumentReader());
        assertThat(ruleSet.revisionErrors()).isEmpty();
        assertSameAsTheEngine(ruleSet, ruleSet.catalog().all());
    }

    @Test
    void aRulesFolderGivenAtRunTimeIsNeverDecidedByCell() throws Exception {
        RuleSet shipped = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        RuleBase compiled = RuleBase.compile(RulesDirectory.of(Path.of("rules")));
        try (Evaluator evaluator = compiled.newEvaluator(shipped.catalog().all())) {
            evaluator.evaluateAll(systems(shipped.catalog().all(), 200, 3));
            assertThat(evaluator.decidedCells()).isZero();
        }
    }
}
