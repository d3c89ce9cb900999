package example;

import static mgc.api.assertj.MgcAssertions.assertThat;
import static mgc.api.assertj.MgcAssertions.assertThatSpecs;

import java.util.List;
import mgc.api.Guideline;
import mgc.api.Spec;
import mgc.api.Unit;
import org.junit.jupiter.api.Test;

class GuidelineTest {

    @Test
    void hyunmoo4IsProhibitedUnder2012ByTheTradeoff() {
        Spec hyunmoo4 = Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build();
        assertThat(Guideline.shipped().check(hyunmoo4, "2012")).isProhibitedUnder("2012").byRule("MG-TRADEOFF");
    }

    @Test
    void aThousandKilometreCapIsMorePermissiveForBallisticMissiles() {
        Guideline what = Guideline.shipped().withRevision("""
                {id: 2017-1000km, title: "1,000 km cap", date: 2026-01-01, extends: "2017",
                 sources: [{id: analyst, cite: "Analyst's scenario, 2026"}],
                 terms: {ballistic-missile: {max-range: {limit: 1000 km, source: [analyst]}}}}
                """);
        assertThat(what.compare("2017", "2017-1000km")).isMorePermissiveFor(Spec.Type.BALLISTIC_MISSILE)
                .withCounterexampleWhere(s -> s.range(Unit.KM).orElseThrow() > 800 && s.range(Unit.KM).orElseThrow() <= 1000);
    }

    @Test
    void theShippedExampleMissilesKeepTheirVerdictsFrom2017To2020() {
        // 2020 lifted the launch-vehicle impulse cap, so the example launch vehicle does change.
        List<Spec> missiles = Spec.examples().stream().filter(s -> s.type() != Spec.Type.SPACE_LAUNCH_VEHICLE).toList();
        assertThatSpecs(missiles).keepVerdicts("2017", "2020");
    }
}
