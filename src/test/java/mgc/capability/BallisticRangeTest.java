package mgc.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BallisticRangeTest {

    /** The fact sheet's table (shared/domain/guideline-facts.md): burnout speed for a range, no losses. */
    @ParameterizedTest
    @CsvSource({"300, 1.70", "500, 2.17", "800, 2.72", "1000, 3.02"})
    void burnoutSpeedMatchesTheFactSheetTable(double rangeKm, double tableKmPerS) {
        double speed = BallisticRange.speedFor(rangeKm) / 1000;
        assertThat(speed).isCloseTo(tableKmPerS, within(tableKmPerS * 0.01));
        // and the inverse relation gives the range back from the table's speed, within the table's rounding
        assertThat(BallisticRange.reach(tableKmPerS * 1000).rangeKm()).isCloseTo(rangeKm, within(rangeKm * 0.01));
    }

    @ParameterizedTest
    @CsvSource({"1", "50", "300", "1000", "5000", "12000", "20000"})
    void rangeAndSpeedAreInverses(double rangeKm) {
        BallisticRange.Reach reach = BallisticRange.reach(BallisticRange.speedFor(rangeKm));
        assertThat(reach.orbital()).isFalse();
        assertThat(reach.rangeKm()).isCloseTo(rangeKm, within(rangeKm * 1e-9));
    }

    /** At short range the Earth is nearly flat: R = v^2 / g at the best (45 degree) angle. */
    @ParameterizedTest
    @CsvSource({"10, 0.005", "50, 0.01", "100, 0.02"})
    void flatEarthAndSphericalAgreeAtShortRange(double rangeKm, double tolerance) {
        double speed = BallisticRange.speedFor(rangeKm);
        double flatKm = speed * speed / BallisticRange.surfaceGravity() / 1000;
        assertThat(flatKm).isCloseTo(rangeKm, within(rangeKm * tolerance));
    }

    @Test
    void flatEarthUnderstatesLongRangeFlights() {
        // the curvature adds range: the flat-Earth formula is no use at 1,000 km (more than 5% short)
        double speed = BallisticRange.speedFor(1000);
        double flatKm = speed * speed / BallisticRange.surfaceGravity() / 1000;
        assertThat(flatKm).isLessThan(950);
    }

    @Test
    void circularOrbitSpeedHasNoFiniteRange() {
        double circular = Math.sqrt(BallisticRange.MU / (BallisticRange.EARTH_RADIUS_KM * 1000));
        assertThat(circular).isCloseTo(7910, within(5.0));
        assertThat(BallisticRange.reach(circular).orbital()).isTrue();
        assertThat(BallisticRange.reach(circular * 1.5).orbital()).isTrue();
        BallisticRange.Reach justBelow = BallisticRange.reach(circular * 0.999);
        assertThat(justBelow.orbital()).isFalse();
        assertThat(justBelow.rangeKm()).isGreaterThan(15000).isLessThan(BallisticRange.HALF_CIRCUMFERENCE_KM);
    }

    @Test
    void noSpeedNoRange() {
        assertThat(BallisticRange.reach(0).rangeKm()).isZero();
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThatThrownBy(() -> BallisticRange.reach(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallisticRange.reach(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallisticRange.speedFor(BallisticRange.HALF_CIRCUMFERENCE_KM)).isInstanceOf(IllegalArgumentException.class);
    }
}
