package mgc.capability.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import mgc.capability.BallisticRange;
import org.junit.jupiter.api.Test;

/**
 * The flight model against published range-payload figures, with published stage figures only
 * and the default drag curve: no constant is fitted to these answers.
 */
class PublishedRangeTest {

    /**
     * Scud-B: one stage of 4,873 kg loaded with 3,771 kg of propellant, Isp 226 s at sea level
     * (/work/shared/domain/guideline-facts.md, "Published range-payload figures": the flyout figures
     * of public models); burn time 62 s and diameter 0.88 m from the same public flyout parameter
     * set (diameter 884 mm also per Anadolu, https://www.followmenews.com/2013/12/27/ ). Published
     * range: 320-340 km with 1,000 kg (https://www.globalsecurity.org/wmd/library/news/japan/0009p02e.html).
     * Against the fact sheet's rounder "about 300 km with 985 kg" the model is about 12% long.
     */
    @Test
    void scudBWithinTenPercentOfThePublished320To340Km() {
        FlightModel scud = new FlightModel(new FlightVehicle(List.of(new Burn(4873, 3771, 226, 62)), 0.88, DragCurve.v2()));
        BallisticRange.Reach reach = scud.reach(1000);
        assertThat(reach.orbital()).isFalse();
        assertThat(reach.rangeKm()).isCloseTo(330, within(33.0));
    }

    /**
     * V-2 with 1,000 kg (2,200 lb): published maximum range 220 miles = 354 km, thrust 56,000 lbf from
     * 287 lb/s of propellant, so Isp 195 s at sea level (National Museum of the USAF,
     * https://www.nationalmuseum.af.mil/Visit/Museum-Exhibits/Fact-Sheets/Display/Article/195894/v-2-rocket/);
     * 12,700 kg at launch, 8,610 kg of propellant, 60 s burn, 5 ft 4 in diameter (K. Niemeyer,
     * https://kyleniemeyer.github.io/rocket-propulsion/fundamentals/thrust-rocket-equation.html).
     * NOT within 10%: flying the sea-level Isp throughout, the model gives about 255 km (-28%), as the
     * V-2's thrust grew by about a fifth towards vacuum. The test holds the model to what it claims:
     * with a sea-level Isp it is conservative, short of the published range, not beyond it.
     */
    @Test
    void v2WithASeaLevelIspIsShortOfThePublishedRange() {
        FlightModel v2 = new FlightModel(new FlightVehicle(List.of(new Burn(11_700, 8610, 56_000.0 / 287, 60)),
                5.3333 * 0.3048, DragCurve.v2()));
        double range = v2.reach(1000).rangeKm();
        assertThat(range).isLessThan(354).isGreaterThan(354 * 0.6);
    }

    @Test
    void theFlightIsFarShorterThanTheZeroLossBurnoutRange() {
        FlightModel scud = new FlightModel(new FlightVehicle(List.of(new Burn(4873, 3771, 226, 62)), 0.88, DragCurve.v2()));
        double ideal = BallisticRange.reach(226 * 9.80665 * Math.log((4873 + 985.0) / (4873 + 985 - 3771))).rangeKm();
        assertThat(ideal).isGreaterThan(500);
        assertThat(scud.reach(985).rangeKm()).isLessThan(ideal * 0.7);
    }

    @Test
    void aRocketWhoseThrustDoesNotExceedItsWeightDoesNotFly() {
        // 1,000 kg propellant over 100 s at 200 s Isp: 19.6 kN, less than the weight of 3,000 kg
        FlightModel weak = new FlightModel(new FlightVehicle(List.of(new Burn(2000, 1000, 200, 100)), 0.5, DragCurve.v2()));
        assertThat(weak.reach(1000).rangeKm()).isZero();
        assertThat(Flight.fly(weak.vehicle(), 1000, 0.1).rangeKm()).isZero();
    }

    @Test
    void aVacuumIspRaisesThrustWithAltitudeAndEqualFiguresChangeNothing() {
        double same = new FlightModel(new FlightVehicle(List.of(new Burn(4873, 3771, 226, 62, 226)), 0.88, DragCurve.v2()))
                .reach(985).rangeKm();
        double fixed = new FlightModel(new FlightVehicle(List.of(new Burn(4873, 3771, 226, 62)), 0.88, DragCurve.v2()))
                .reach(985).rangeKm();
        double rising = new FlightModel(new FlightVehicle(List.of(new Burn(4873, 3771, 226, 62, 260)), 0.88, DragCurve.v2()))
                .reach(985).rangeKm();
        assertThat(same).isEqualTo(fixed);
        assertThat(rising).isGreaterThan(fixed);
        Burn burn = new Burn(4873, 3771, 226, 62, 260);
        assertThat(burn.thrustN(0) / burn.thrustN()).isCloseTo(260.0 / 226, within(1e-12));
    }

    @Test
    void moreDragFliesShorter() {
        Burn burn = new Burn(4873, 3771, 226, 62);
        double low = new FlightModel(new FlightVehicle(List.of(burn), 0.88, DragCurve.constant(0.1))).reach(985).rangeKm();
        double high = new FlightModel(new FlightVehicle(List.of(burn), 0.88, DragCurve.constant(0.5))).reach(985).rangeKm();
        assertThat(high).isLessThan(low);
    }

    @Test
    void theSameFlightGivesTheSameRange() {
        FlightVehicle vehicle = new FlightVehicle(List.of(new Burn(4873, 3771, 226, 62)), 0.88, DragCurve.v2());
        assertThat(new FlightModel(vehicle).reach(700).rangeKm()).isEqualTo(new FlightModel(vehicle).reach(700).rangeKm());
    }

    @Test
    void standardAtmosphereMatchesTheTabulatedValues() {
        // US Standard Atmosphere 1976 table: sea level 1.2250 kg/m^3, 340.29 m/s; 11 km 0.36392 kg/m^3, 295.07 m/s
        assertThat(StandardAtmosphere.at(0).densityKgM3()).isCloseTo(1.2250, within(0.0005));
        assertThat(StandardAtmosphere.at(0).speedOfSoundMs()).isCloseTo(340.29, within(0.05));
        assertThat(StandardAtmosphere.at(11_000).densityKgM3()).isCloseTo(0.36480, within(0.0015));
        assertThat(StandardAtmosphere.at(50_000).densityKgM3()).isCloseTo(1.0269e-3, within(0.02e-3));
        assertThat(StandardAtmosphere.at(86_000).densityKgM3()).isZero();
    }

    @Test
    void v2DragCurveRisesThroughMachOne() {
        DragCurve v2 = DragCurve.v2();
        assertThat(v2.at(0.3)).isCloseTo(0.15, within(0.005));
        assertThat(v2.at(1.16)).isCloseTo(0.419, within(0.001));
        assertThat(v2.at(9)).isEqualTo(0.150);
    }
}
