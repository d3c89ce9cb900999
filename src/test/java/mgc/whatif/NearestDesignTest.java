package mgc.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import mgc.engine.Decision;
import mgc.engine.Evaluator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NearestDesignTest {

    private static Evaluator evaluator;

    @BeforeAll
    static void open() throws Exception {
        evaluator = WhatIfFixture.evaluator("2001", "2012");
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    private static Nearest nearest(String revision, String yaml) throws Exception {
        int index = revision.equals("2001") ? 0 : 1;
        return new NearestDesign(evaluator).find(WhatIfFixture.spec(yaml), index);
    }

    @Test
    void tradeoffGivesBothAxesWithTheNumbers() throws Exception {
        Nearest nearest = nearest("2012", "name: X\ntype: ballistic-missile\nrange: 575 km\npayload: 900 kg\n");
        assertThat(nearest.describe())
                .isEqualTo("permitted with payload <= 875 kg at 575 km (-25 kg), or with range <= 560 km at 900 kg (-15 km)");
        Nearest.Change payload = nearest.changes().get(0);
        assertThat(payload.field()).isEqualTo("payload");
        assertThat(payload.to()).isEqualTo(875);
        assertThat(payload.delta()).isEqualTo(-25);
        assertThat(payload.inclusive()).isTrue();
        assertThat(payload.witness().verdict().decision()).isEqualTo(Decision.PERMITTED);
        Nearest.Change range = nearest.changes().get(1);
        assertThat(range.to()).isCloseTo(560, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(range.witness().spec().range().orElseThrow().value()).isCloseTo(560, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void justOverTheCapIsOneTenthOfAKilometreAway() throws Exception {
        Nearest nearest = nearest("2012", "name: X\ntype: ballistic-missile\nrange: 800.1 km\npayload: 500 kg\n");
        assertThat(nearest.describe()).isEqualTo("permitted with range <= 800 km at 500 kg (-0.1 km); no change of payload alone helps");
        assertThat(nearest.noHelp()).containsExactly("payload");
    }

    @Test
    void whereNoSingleFieldHelpsItSaysSo() throws Exception {
        // 2001: range over 300 km and payload over 500 kg are each prohibited on their own.
        Nearest nearest = nearest("2001", "name: X\ntype: ballistic-missile\nrange: 400 km\npayload: 600 kg\n");
        assertThat(nearest.changes()).isEmpty();
        assertThat(nearest.describe()).isEqualTo("no change of payload, range alone permits it");
    }

    @Test
    void anOpenBoundIsSaidToBeExcluded() throws Exception {
        // 2012 UAV: the cap applies at 300 km or more, so only ranges below 300 km escape it.
        Nearest nearest = nearest("2012", "name: U\ntype: uav\nrange: 400 km\npayload: 3000 kg\n");
        Nearest.Change range = nearest.changes().stream().filter(c -> c.field().equals("range")).findFirst().orElseThrow();
        assertThat(range.inclusive()).isFalse();
        assertThat(range.to()).isEqualTo(300);
        assertThat(range.description()).isEqualTo("range < 300 km at 3,000 kg (-100 km, the bound itself excluded)");
        assertThat(range.witness().spec().range().orElseThrow().value()).isLessThan(300);
    }

    @Test
    void aLaunchVehicleCanChangeImpulseOrPropellant() throws Exception {
        Nearest nearest = nearest("2012", "name: L\ntype: space-launch-vehicle\npropellant: solid\ntotal_impulse: 1200000 lbf*s\n");
        assertThat(nearest.describe()).isEqualTo(
                "permitted with total impulse <= 4,448,221.615 N*s (-889,644.323 N*s), or with liquid propellant (not solid)");
    }
}
