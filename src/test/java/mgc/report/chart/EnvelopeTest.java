package mgc.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mgc.document.DocumentReader;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.SystemFact;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drawn envelope is the engine's picture: under its boundary (and left of its range cap) is
 * exactly what the rules permit, though it asks the rule base only at and beside the terms' breakpoints.
 */
class EnvelopeTest {

    private static RuleSet ruleSet;
    private static final List<SystemType> PLANE_TYPES = List.of(SystemType.BALLISTIC_MISSILE, SystemType.CRUISE_MISSILE, SystemType.UAV);

    @BeforeAll
    static void load() throws Exception {
        ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
    }

    private static Envelope envelope(String revision, SystemType type) {
        return new Envelopes(ruleSet.ruleBase()).of(ruleSet.catalog().find(revision).orElseThrow(), type);
    }

    /** Whether (range, payload) is inside the drawn region: left of the range cap, on or under the boundary. */
    private static boolean drawnPermits(Envelope envelope, double rangeKm, double payloadKg) {
        return (envelope.maxRange().isEmpty() || rangeKm <= envelope.maxRange().getAsDouble())
                && payloadKg <= envelope.payloadLimitAt(rangeKm);
    }

    @Test
    void theDrawnRegionAgreesWithTheRuleEngineOnSeededRandomSystems() {
        List<Revision> all = ruleSet.catalog().all();
        Random random = new Random(20121007L);
        Map<String, Envelope> drawn = new HashMap<>();
        for (SystemType type : PLANE_TYPES) {
            new Envelopes(ruleSet.ruleBase()).of(all, type).forEach(en -> drawn.put(en.revision() + " " + type, en));
        }
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(all)) {
            int checked = 0;
            for (int i = 0; i < 3000; i++) {
                SystemType type = PLANE_TYPES.get(random.nextInt(PLANE_TYPES.size()));
                // Whole and tenth values, so limits and thresholds are hit exactly now and then.
                double range = random.nextInt(3) == 0 ? new double[] {180, 300, 500, 800}[random.nextInt(4)] : 1 + random.nextInt(12000) / 10.0;
                double payload = random.nextInt(3) == 0 ? new double[] {0, 500, 1000, 2000, 2500}[random.nextInt(5)] : random.nextInt(40000) / 10.0;
                List<Verdict> verdicts = evaluator.evaluate(new SystemFact(type, range, payload, null, null));
                for (Verdict verdict : verdicts) {
                    boolean permitted = verdict.decision() == Decision.PERMITTED;
                    assertThat(drawnPermits(drawn.get(verdict.revision().id() + " " + type), range, payload))
                            .as("%s %s at %s km, %s kg", verdict.revision().id(), type, range, payload).isEqualTo(permitted);
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(3000 * all.size());
        }
    }

    @Test
    void the2012BallisticBoundaryFollowsTheTradeoffCurveToTheRangeCap() {
        List<double[]> line = envelope("2012", SystemType.BALLISTIC_MISSILE).boundary(1000);
        assertThat(line).containsExactly(new double[] {0, 2000}, new double[] {300, 2000}, new double[] {500, 1000},
                new double[] {800, 500}, new double[] {800, 0});
        // Limits are inclusive: every corner of the boundary is permitted, a step beyond is not.
        Envelope envelope = envelope("2012", SystemType.BALLISTIC_MISSILE);
        for (double[] corner : line) {
            assertThat(drawnPermits(envelope, corner[0], corner[1])).isTrue();
        }
        assertThat(drawnPermits(envelope, 800.1, 400)).isFalse();
        assertThat(drawnPermits(envelope, 400, 1500.1)).isFalse();
        assertThat(drawnPermits(envelope, 400, 1500)).isTrue();
    }

    @Test
    void aPayloadCapBeyondAThresholdIsAStepDownFromUnlimited() {
        List<double[]> line = envelope("2012", SystemType.CRUISE_MISSILE).boundary(1500);
        assertThat(line).containsExactly(new double[] {0, Double.POSITIVE_INFINITY}, new double[] {300, Double.POSITIVE_INFINITY},
                new double[] {300, 500}, new double[] {1500, 500});
        assertThat(envelope("2012", SystemType.CRUISE_MISSILE).describe()).isEqualTo("no range limit, no payload limit at range <= 300 km");
        assertThat(envelope("2012", SystemType.UAV).describe()).isEqualTo("no range limit, no payload limit at range < 300 km");
    }

    @Test
    void revisionsWithoutLimitsDrawNothingAndSaySo() {
        Envelope ended = envelope("2021", SystemType.BALLISTIC_MISSILE);
        assertThat(ended.unlimited()).isTrue();
        assertThat(ended.boundary(1000)).isEmpty();
        assertThat(ended.describe()).isEqualTo("no limit");
        assertThat(envelope("2017", SystemType.BALLISTIC_MISSILE).describe()).isEqualTo("range <= 800 km, no payload limit");
        assertThat(envelope("2001", SystemType.SPACE_LAUNCH_VEHICLE).notShown()).singleElement().asString().startsWith("total impulse <=");
    }
}
