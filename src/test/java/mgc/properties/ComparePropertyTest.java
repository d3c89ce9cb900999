package mgc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import mgc.compare.AnalysisException;
import mgc.compare.Direction;
import mgc.compare.Region;
import mgc.compare.RevisionComparison;
import mgc.compare.Span;
import mgc.compare.TypeComparison;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.testing.RuleBaseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code mgc compare} agrees with {@code mgc check}: for every ordered pair of shipped revisions
 * and random systems, a system lies in a difference region of the comparison exactly when the
 * two revisions' verdicts differ, and then only in regions of the right direction. Membership is
 * decided from the region alone (its range, payload band, propellants and impulse), with each
 * payload bound's value read from the named revision's own check at the system's range.
 */
class ComparePropertyTest {

    private static RuleSet ruleSet;
    private static List<Revision> shipped;
    private static Evaluator evaluator;
    private static Systems systems;
    /** comparisons[from][to]: the comparison of shipped revision {@code from} to {@code to}, by type. */
    private static List<List<List<TypeComparison>>> comparisons;

    @BeforeAll
    static void load() throws AnalysisException {
        ruleSet = RuleBaseFixture.load();
        shipped = ruleSet.catalog().shipped();
        evaluator = ruleSet.ruleBase().newEvaluator(shipped);
        systems = new Systems(shipped);
        comparisons = new ArrayList<>();
        for (Revision from : shipped) {
            List<List<TypeComparison>> row = new ArrayList<>();
            for (Revision to : shipped) {
                try (RevisionComparison comparison = new RevisionComparison(ruleSet.ruleBase(), from, to)) {
                    row.add(comparison.types());
                }
            }
            comparisons.add(row);
        }
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    @Test
    void aSystemIsInADifferenceRegionExactlyWhenTheTwoVerdictsDiffer() {
        int[] seen = new int[2];
        int cases = Seeded.forAll("compare agrees with check", Seeded.cases(3000), random -> {
            SystemSpec spec = onALimitLine(systems.any(random), random);
            List<Verdict> verdicts = evaluator.evaluate(spec);
            for (int f = 0; f < shipped.size(); f++) {
                for (int t = 0; t < shipped.size(); t++) {
                    Decision from = verdicts.get(f).decision();
                    Decision to = verdicts.get(t).decision();
                    TypeComparison type = comparisons.get(f).get(t).get(spec.type().ordinal());
                    assertThat(type.type()).isEqualTo(spec.type());
                    List<Direction> containing = new ArrayList<>();
                    for (Region region : type.regions()) {
                        if (contains(region, spec, verdicts)) {
                            containing.add(region.direction());
                        }
                    }
                    String what = shipped.get(f).id() + " -> " + shipped.get(t).id() + ", " + Systems.describe(spec)
                            + ": " + from + " -> " + to + "; regions " + type.regions().stream().map(Region::description).toList();
                    if (from == to) {
                        assertThat(containing).as("no region may hold a system both revisions agree on: %s", what).isEmpty();
                        seen[0]++;
                    } else {
                        Direction expected = to == Decision.PERMITTED ? Direction.PERMITTED_BY_TO : Direction.PERMITTED_BY_FROM;
                        assertThat(containing).as("a differing system lies in a region of its direction only: %s", what)
                                .isNotEmpty().containsOnly(expected);
                        seen[1]++;
                    }
                }
            }
        });
        assertThat(cases).isGreaterThanOrEqualTo(1000);
        assertThat(seen[1]).as("verdicts that differ between revisions").isGreaterThan(1000);
        System.out.println("compare agrees with check: " + (seen[0] + seen[1]) + " (system, revision pair) checks, "
                + seen[1] + " with differing verdicts");
    }

    /** Sometimes moves the payload exactly onto (or one ulp beside) a revision's payload limit at its range. */
    private static SystemSpec onALimitLine(SystemSpec spec, Random random) {
        if (spec.range().isEmpty() || random.nextInt(3) != 0) {
            return spec;
        }
        List<Double> limits = new ArrayList<>();
        for (Verdict verdict : evaluator.evaluate(spec)) {
            verdict.checks().stream().filter(c -> c.field().equals("payload")).forEach(c -> limits.add(c.limit()));
        }
        if (limits.isEmpty()) {
            return spec;
        }
        double limit = limits.get(random.nextInt(limits.size()));
        double payload = switch (random.nextInt(3)) {
            case 0 -> limit;
            case 1 -> Math.nextUp(limit);
            default -> Math.max(0, Math.nextDown(limit));
        };
        return Systems.spec(spec.type(), spec.range().map(q -> q.value()), Optional.of(payload), spec.propellant(),
                spec.totalImpulse().map(q -> q.value()));
    }

    private static boolean contains(Region region, SystemSpec spec, List<Verdict> verdicts) {
        Double range = spec.range().map(q -> q.value()).orElse(null);
        Double payload = spec.payload().map(q -> q.value()).orElse(null);
        Double impulse = spec.totalImpulse().map(q -> q.value()).orElse(null);
        if (!region.range().isEmpty() && region.range().stream().noneMatch(s -> contains(s, range))) {
            return false;
        }
        if (!region.totalImpulse().isEmpty() && region.totalImpulse().stream().noneMatch(s -> contains(s, impulse))) {
            return false;
        }
        String propellant = spec.propellant().map(p -> p.id()).orElse("not declared");
        if (!region.propellants().isEmpty() && !region.propellants().contains(propellant)) {
            return false;
        }
        if (region.payload().isEmpty()) {
            return true;
        }
        Region.PayloadBand band = region.payload().get();
        if (band.undeclared() || payload == null) {
            return band.undeclared() && payload == null;
        }
        if (band.lower().isPresent()) {
            double lower = limitOf(band.lower().get(), verdicts);
            if (band.lower().get().inclusive() ? payload < lower : payload <= lower) {
                return false;
            }
        }
        if (band.upper().isPresent()) {
            double upper = limitOf(band.upper().get(), verdicts);
            return band.upper().get().inclusive() ? payload <= upper : payload < upper;
        }
        return true;
    }

    /** A bound names limits as {@code "<revision> <rule>"}; their value at this system's range is in that revision's check. */
    private static double limitOf(Region.Bound bound, List<Verdict> verdicts) {
        String label = bound.limits().get(0);
        String revision = label.substring(0, label.lastIndexOf(' '));
        String rule = label.substring(label.lastIndexOf(' ') + 1);
        for (Verdict verdict : verdicts) {
            if (verdict.revision().id().equals(revision)) {
                for (TermOutcome check : verdict.checks()) {
                    if (check.rule().equals(rule) && check.field().equals("payload")) {
                        return check.limit();
                    }
                }
            }
        }
        throw new AssertionError("the bound " + label + " has no payload check at this range: " + verdicts);
    }

    private static boolean contains(Span span, Double value) {
        if (span.undeclared() || value == null) {
            return span.undeclared() && value == null;
        }
        boolean above = span.loInclusive() ? value >= span.lo() : value > span.lo();
        boolean below = span.hi() == null || (span.hiInclusive() ? value <= span.hi() : value < span.hi());
        return above && below;
    }
}
