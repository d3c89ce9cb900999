package mgc.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RocketEquationTest {

    /**
     * One stage worked by hand (the Scud-B class example):
     * m0 = 4,915 kg stage + 985 kg payload = 5,900 kg; mf = 5,900 - 3,771 = 2,129 kg;
     * m0/mf = 2.771254; ln = 1.019300; dv = 9.80665 * 230 * 1.019300 = 2,299.06 m/s;
     * less 600 m/s losses: v = 1,699.06 m/s.
     * Q = v^2 R / mu = 1,699.06^2 * 6,371,000 / 3.986e14 = 0.046141;
     * sin(psi/2) = Q / (2 - Q) = 0.023615; psi = 2 asin(0.023615) = 0.047235 rad;
     * range = 0.047235 * 6,371 km = 300.94 km.
     */
    @Test
    void singleStageWorkedByHand() {
        RocketEquation rocket = new RocketEquation(new double[] {4915}, new double[] {3771}, new double[] {230}, 600);
        assertThat(rocket.idealDeltaV(985)).isCloseTo(2299.06, within(2299.06 * 0.001));
        assertThat(rocket.burnoutSpeed(985)).isCloseTo(1699.06, within(1699.06 * 0.001));
        double range = BallisticRange.reach(rocket.burnoutSpeed(985)).rangeKm();
        assertThat(range).isCloseTo(300.94, within(300.94 * 0.001));
    }

    /**
     * Two stages worked by hand (the capability demo with 500 kg):
     * stage 1: m0 = 5,000 + 1,600 + 500 = 7,100 kg, mf = 7,100 - 3,900 = 3,200 kg,
     * dv1 = 9.80665 * 250 * ln(2.21875) = 2,451.66 * 0.796944 = 1,953.84 m/s;
     * stage 2: m0 = 1,600 + 500 = 2,100 kg, mf = 2,100 - 960 = 1,140 kg,
     * dv2 = 9.80665 * 265 * ln(1.842105) = 2,598.76 * 0.610909 = 1,587.61 m/s;
     * total 3,541.45 m/s, less 500 m/s: 3,041.45 m/s.
     */
    @Test
    void twoStagesWorkedByHand() {
        RocketEquation rocket = new RocketEquation(new double[] {5000, 1600}, new double[] {3900, 960},
                new double[] {250, 265}, 500);
        assertThat(rocket.stageDeltaV(500)).satisfiesExactly(
                first -> assertThat(first).isCloseTo(1953.84, within(1953.84 * 0.001)),
                second -> assertThat(second).isCloseTo(1587.61, within(1587.61 * 0.001)));
        assertThat(rocket.burnoutSpeed(500)).isCloseTo(3041.45, within(3041.45 * 0.001));
        assertThat(rocket.launchMass(500)).isEqualTo(7100);
    }

    @Test
    void lossesNeverMakeTheSpeedNegative() {
        RocketEquation rocket = new RocketEquation(new double[] {1000}, new double[] {100}, new double[] {200}, 5000);
        assertThat(rocket.idealDeltaV(0)).isLessThan(5000);
        assertThat(rocket.burnoutSpeed(0)).isZero();
    }

    @Test
    void rejectsStagesThatCannotExist() {
        assertThatThrownBy(() -> new RocketEquation(new double[] {1000}, new double[] {1000}, new double[] {250}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RocketEquation(new double[] {1000}, new double[] {500}, new double[] {0}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RocketEquation(new double[] {}, new double[] {}, new double[] {}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RocketEquation(new double[] {1000}, new double[] {500}, new double[] {250}, -1))
                .isInstanceOf(IllegalArgumentException.class);
        RocketEquation rocket = new RocketEquation(new double[] {1000}, new double[] {500}, new double[] {250}, 0);
        assertThatThrownBy(() -> rocket.idealDeltaV(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
