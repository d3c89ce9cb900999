package mgc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.testing.RuleBaseFixture;
import mgc.units.Quantity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every limit in the guideline is an upper bound, so a permitted system must stay permitted
 * when its range, payload or total impulse is lowered, under every shipped revision and for
 * every type. (A lower range can bring a higher payload limit on the 2012 curve, and can drop a
 * payload cap that applies only beyond a range, but never a prohibition.)
 */
class MonotonicPropertyTest {

    private static RuleSet ruleSet;
    private static Evaluator evaluator;
    private static Systems systems;

    @BeforeAll
    static void load() {
        ruleSet = RuleBaseFixture.load();
        evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().shipped());
        systems = new Systems(ruleSet.catalog().shipped());
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    @Test
    void aPermittedSystemStaysPermittedWhenRangePayloadOrImpulseIsLowered() {
        Map<String, int[]> seen = new TreeMap<>();
        int cases = Seeded.forAll("monotonic", Seeded.cases(10_000), random -> {
            SystemSpec spec = systems.any(random);
            SystemSpec lower = lowered(spec, random);
            List<Verdict> before = evaluator.evaluate(spec);
            List<Verdict> after = evaluator.evaluate(lower);
            for (int i = 0; i < before.size(); i++) {
                Verdict was = before.get(i);
                seen.computeIfAbsent(was.revision().id() + " " + spec.type().id(), k -> new int[2])
                        [was.decision() == Decision.PERMITTED ? 0 : 1]++;
                if (was.decision() == Decision.PERMITTED) {
                    assertThat(after.get(i).decision())
                            .as("revision %s: %s is permitted but %s is not: %s", was.revision().id(),
                                    Systems.describe(spec), Systems.describe(lower), after.get(i).findings())
                            .isEqualTo(Decision.PERMITTED);
                }
            }
        });
        assertThat(cases).isGreaterThanOrEqualTo(1000);
        // Not vacuous: every shipped revision's terms were met by both permitted and prohibited systems.
        for (Revision revision : ruleSet.catalog().shipped()) {
            for (SystemType type : SystemType.values()) {
                int[] counts = seen.get(revision.id() + " " + type.id());
                assertThat(counts).as("%s %s was never generated", revision.id(), type.id()).isNotNull();
                assertThat(counts[0]).as("permitted %s under %s", type.id(), revision.id()).isPositive();
                if (!revision.termsFor(type).isEmpty()) {
                    assertThat(counts[1]).as("prohibited %s under %s", type.id(), revision.id()).isPositive();
                }
            }
        }
    }

    /** The same system with at least one of its values lowered (to a random smaller value). */
    private static SystemSpec lowered(SystemSpec spec, Random random) {
        List<Integer> present = new ArrayList<>();
        if (spec.range().isPresent()) {
            present.add(0);
        }
        if (spec.payload().isPresent()) {
            present.add(1);
        }
        if (spec.totalImpulse().isPresent()) {
            present.add(2);
        }
        if (present.isEmpty()) {
            return spec;
        }
        int surely = present.get(random.nextInt(present.size()));
        Optional<Double> range = value(spec.range());
        Optional<Double> payload = value(spec.payload());
        Optional<Double> impulse = value(spec.totalImpulse());
        if (surely == 0 || random.nextBoolean()) {
            range = range.map(v -> Math.max(Math.min(v, 1e-3), lower(v, random)));
        }
        if (surely == 1 || random.nextBoolean()) {
            payload = payload.map(v -> lower(v, random));
        }
        if (surely == 2 || random.nextBoolean()) {
            impulse = impulse.map(v -> lower(v, random));
        }
        return Systems.spec(spec.type(), range, payload, spec.propellant(), impulse);
    }

    private static double lower(double value, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Math.max(0, Math.nextDown(value));
            case 1 -> value * random.nextDouble();
            default -> Math.max(0, value - random.nextInt(100));
        };
    }

    private static Optional<Double> value(Optional<Quantity> quantity) {
        return quantity.map(Quantity::value);
    }
}
