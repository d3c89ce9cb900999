package mgc.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The least raise of each kind of limit, at its boundaries (docs/what-if.md, "What smallest means"). */
class RaiseTest {

    /** The 2012 ballistic trade-off curve. */
    private static final List<Raise.Point> CURVE_2012 = List.of(
            new Raise.Point(300, 2000), new Raise.Point(500, 1000), new Raise.Point(800, 500));

    private static List<Raise.Point> points(double... rangeThenPayload) {
        List<Raise.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < rangeThenPayload.length; i += 2) {
            points.add(new Raise.Point(rangeThenPayload[i], rangeThenPayload[i + 1]));
        }
        return points;
    }

    @Test
    void aCapIsRaisedExactlyToTheLargestValueAboveItAndKeptWhenNoneIs() {
        assertThat(Raise.cap(800, List.of(800.0, 500.0))).isEqualTo(800); // at the cap: inclusive, nothing to raise
        assertThat(Raise.cap(800, List.of(800.1))).isEqualTo(800.1);
        assertThat(Raise.cap(800, List.of(900.0, 850.0))).isEqualTo(900);
        // 497.1 mi is 800.0119424 km: rounded up, never down, to three decimals.
        assertThat(Raise.cap(800, List.of(800.0119424))).isEqualTo(800.012);
        assertThat(Raise.cap(800, List.of())).isEqualTo(800);
    }

    @Test
    void roundingIsUpExceptForFloatingPointNoise() {
        assertThat(Raise.up(740.0000000000001)).isEqualTo(740);
        assertThat(Raise.up(739.9999999999999)).isEqualTo(740);
        assertThat(Raise.up(666.6666666666666)).isEqualTo(666.667);
        assertThat(Raise.up(800.1)).isEqualTo(800.1);
    }

    @Test
    void aCurveThatAlreadyAllowsEveryNeedIsKept() {
        assertThat(Raise.curve(CURVE_2012, List.of(new Raise.Need(800, 500), new Raise.Need(500, 1000), new Raise.Need(400, 1500))))
                .isEqualTo(CURVE_2012);
        assertThat(Raise.curve(CURVE_2012, List.of())).isEqualTo(CURVE_2012);
    }

    @Test
    void hyunmoo4RaisesTheLimitTo2000KgUpTo800KmAndFallsBackWithinOneKm() {
        assertThat(Raise.curve(CURVE_2012, List.of(new Raise.Need(800, 2000)))).isEqualTo(points(800, 2000, 801, 500));
    }

    @Test
    void justOverTheCurveRaisesOnlyTheSliverWhereTheCurveIsBelowTheNeed() {
        // 500.1 kg at 800 km: the old line reaches 500.1 kg at 799.94 km; from there to 800 km it is raised.
        assertThat(Raise.curve(CURVE_2012, List.of(new Raise.Need(800, 500.1))))
                .isEqualTo(points(300, 2000, 500, 1000, 799.94, 500.1, 800, 500.1, 801, 500));
    }

    @Test
    void theDropLandsWhereTheOldLimitIsExactSoNothingMoreIsPermittedBeyondIt() {
        // On the 500-800 km line the limit falls 5/3 kg a km: exact at 602 km (830 kg), not at 601 km (831.667 kg).
        assertThat(Raise.curve(CURVE_2012, List.of(new Raise.Need(600, 1200))))
                .isEqualTo(points(300, 2000, 460, 1200, 600, 1200, 602, 830, 800, 500));
        assertThat(Raise.dropEnd(CURVE_2012, 400)).isEqualTo(401);
    }

    @Test
    void aNeedBelowTheFirstPointAndOneBeyondTheLast() {
        assertThat(Raise.curve(CURVE_2012, List.of(new Raise.Need(200, 2500))))
                .isEqualTo(points(200, 2500, 201, 2000, 300, 2000, 500, 1000, 800, 500));
        assertThat(Raise.curve(CURVE_2012, List.of(new Raise.Need(900, 600))))
                .isEqualTo(points(300, 2000, 500, 1000, 740, 600, 900, 600, 901, 500));
    }

    @Test
    void severalNeedsGiveACurveAboveTheOldAndEveryNeedNonIncreasingAndTheOldElsewhere() {
        List<Raise.Need> needs = List.of(new Raise.Need(400, 1800), new Raise.Need(600, 1200), new Raise.Need(650, 700),
                new Raise.Need(650.5, 690));
        List<Raise.Point> raised = Raise.curve(CURVE_2012, needs);
        double last = Double.POSITIVE_INFINITY;
        for (double range = 0; range <= 1000; range += 0.25) {
            double limit = Raise.limitAt(raised, range);
            double old = Raise.limitAt(CURVE_2012, range);
            assertThat(limit).as("at %s km", range).isGreaterThanOrEqualTo(old - 1e-9).isLessThanOrEqualTo(last + 1e-9);
            for (Raise.Need need : needs) {
                if (range <= need.range()) {
                    assertThat(limit).as("at %s km for %s", range, need).isGreaterThanOrEqualTo(need.payload());
                }
            }
            if (range >= 650.5 + Raise.DROP_KM) {
                assertThat(limit).as("at %s km", range).isEqualTo(old, org.assertj.core.data.Offset.offset(1e-9));
            }
            last = limit;
        }
        // 1,200 kg at 600 km needs more than the old curve from 460 km (where it falls to 1,200 kg) on.
        assertThat(Raise.limitAt(raised, 459)).isEqualTo(Raise.limitAt(CURVE_2012, 459), org.assertj.core.data.Offset.offset(1e-9));
    }
}
