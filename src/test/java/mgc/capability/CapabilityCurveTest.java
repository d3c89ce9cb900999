package mgc.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the range-payload curve over seeded random rockets (plain JUnit, no property-test library). */
class CapabilityCurveTest {

    private static final long SEED = 20261127L;
    private static final int CASES = 3000;

    /** A random but physically possible rocket: 1 to 3 stages, propellant 50-93% of each stage, Isp 180-320 s. */
    static RocketEquation randomRocket(Random random) {
        int stages = 1 + random.nextInt(3);
        double[] gross = new double[stages];
        double[] propellant = new double[stages];
        double[] isp = new double[stages];
        double size = 2000 + random.nextDouble() * 60000;
        for (int i = 0; i < stages; i++) {
            gross[i] = size;
            propellant[i] = size * (0.5 + random.nextDouble() * 0.43);
            isp[i] = 180 + random.nextDouble() * 140;
            size *= 0.15 + random.nextDouble() * 0.35;
        }
        double losses = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1000;
        return new RocketEquation(gross, propellant, isp, losses);
    }

    @Test
    void rangeFallsAsPayloadRises() {
        Random random = new Random(SEED);
        int orbitalSeen = 0;
        for (int n = 0; n < CASES; n++) {
            RocketEquation rocket = randomRocket(random);
            CapabilityCurve curve = new CapabilityCurve(rocket, 50 + random.nextDouble() * 400);
            double top = Math.max(curve.maxPayloadKg() * 1.5, 100);
            CurvePoint previous = curve.at(0);
            for (int step = 1; step <= 60; step++) {
                CurvePoint next = curve.at(top * step / 60);
                String context = "case " + n + ", payload " + next.payloadKg();
                assertThat(next.rangeKm()).as(context).isLessThanOrEqualTo(previous.rangeKm());
                if (!previous.orbital() && previous.rangeKm() > 0) {
                    // strictly: every extra kilogram costs range until the rocket cannot fly at all
                    assertThat(next.rangeKm()).as(context).isLessThan(previous.rangeKm());
                }
                if (previous.orbital()) {
                    orbitalSeen++;
                }
                previous = next;
            }
        }
        // the generator must reach the orbital branch too, or that part of the property goes unchecked
        assertThat(orbitalSeen).isPositive();
    }

    @Test
    void payloadToIsTheInverseOfTheCurve() {
        Random random = new Random(SEED + 1);
        int checked = 0;
        for (int n = 0; n < CASES; n++) {
            CapabilityCurve curve = new CapabilityCurve(randomRocket(random), 100);
            double longest = curve.at(0).rangeKm();
            double target = 1 + random.nextDouble() * 3000;
            var payload = curve.payloadTo(target);
            if (longest < target) {
                assertThat(payload).as("case " + n).isEmpty();
                continue;
            }
            checked++;
            double p = payload.orElseThrow();
            assertThat(curve.at(p).rangeKm()).as("case " + n).isGreaterThanOrEqualTo(target);
            // a little more payload no longer reaches the range: p is the heaviest, not just any
            double nudge = Math.max(1e-6, p * 1e-6);
            assertThat(curve.at(p + nudge).rangeKm()).as("case " + n).isLessThan(target);
        }
        assertThat(checked).isGreaterThan(CASES / 4);
    }

    @Test
    void maxPayloadReachesTheUsefulRangeAndNoMore() {
        RocketEquation rocket = new RocketEquation(new double[] {5000, 1600}, new double[] {3900, 960}, new double[] {250, 265}, 500);
        CapabilityCurve curve = new CapabilityCurve(rocket, 180);
        assertThat(curve.reachesUsefulRange()).isTrue();
        assertThat(curve.at(curve.maxPayloadKg()).rangeKm()).isCloseTo(180, within(1e-3));
        List<CurvePoint> sample = curve.sample(10);
        assertThat(sample).hasSize(11);
        assertThat(sample.get(0).payloadKg()).isZero();
        assertThat(sample.get(10).payloadKg()).isEqualTo(curve.maxPayloadKg());
    }

    @Test
    void aRocketThatCannotReachTheUsefulRangeHasAnEmptyCurve() {
        RocketEquation rocket = new RocketEquation(new double[] {100}, new double[] {30}, new double[] {200}, 0);
        CapabilityCurve curve = new CapabilityCurve(rocket, 180);
        assertThat(curve.at(0).rangeKm()).isLessThan(180);
        assertThat(curve.reachesUsefulRange()).isFalse();
        assertThat(curve.maxPayloadKg()).isZero();
        assertThat(curve.payloadTo(180)).isEmpty();
    }

    @Test
    void rejectsAUsefulRangeOutsideTheSphere() {
        RocketEquation rocket = new RocketEquation(new double[] {100}, new double[] {30}, new double[] {200}, 0);
        assertThatThrownBy(() -> new CapabilityCurve(rocket, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CapabilityCurve(rocket, 30000)).isInstanceOf(IllegalArgumentException.class);
    }
}
