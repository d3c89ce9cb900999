package mgc.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BoxAnalysisTest {

    private static Evaluator evaluator;

    @BeforeAll
    static void open() throws Exception {
        evaluator = WhatIfFixture.evaluator("2001", "2012", "2017");
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    private static BoxVerdict under(String revision, String yaml) throws Exception {
        SystemSpec spec = WhatIfFixture.spec(yaml);
        List<BoxVerdict> verdicts = new BoxAnalysis(evaluator).analyse(spec);
        return verdicts.stream().filter(v -> v.revision().equals(revision)).findFirst().orElseThrow();
    }

    @Test
    void rangeStraddlingTheCapDependsWithThePartNamed() throws Exception {
        BoxVerdict verdict = under("2012", "name: S\ntype: ballistic-missile\nrange: 780..820 km\npayload: 500 kg\n");
        assertThat(verdict.decision()).isEqualTo(Decision.DEPENDS);
        assertThat(verdict.prohibitedWhere()).isEqualTo("range > 800 km");
        assertThat(verdict.parts()).hasSize(1);
        BoxVerdict.Bounds range = verdict.parts().get(0).range().orElseThrow();
        assertThat(range.from()).isEqualTo(800);
        assertThat(range.fromInclusive()).isFalse();
        assertThat(range.to()).isEqualTo(820);
        // One witness each way, inside the box, with the verdict the rule base gives it.
        double permitted = verdict.permitted().orElseThrow().spec().range().orElseThrow().value();
        double prohibited = verdict.prohibited().orElseThrow().spec().range().orElseThrow().value();
        assertThat(permitted).isBetween(780.0, 800.0);
        assertThat(prohibited).isGreaterThan(800).isLessThanOrEqualTo(820);
        assertThat(verdict.prohibited().get().verdict().findings()).extracting(c -> c.rule()).containsExactly("MG-RANGE");
        assertThat(verdict.permitted().get().verdict().decision()).isEqualTo(Decision.PERMITTED);
        assertThat(verdict.permitted().get().yaml()).contains("range: ").contains("payload: 500 kg");
    }

    @Test
    void theCapItselfIsPermittedSoABoxEndingThereIsPermitted() throws Exception {
        assertThat(under("2012", "name: S\ntype: ballistic-missile\nrange: 700..800 km\npayload: 500 kg\n").decision())
                .isEqualTo(Decision.PERMITTED);
        BoxVerdict fromCap = under("2012", "name: S\ntype: ballistic-missile\nrange: 800..900 km\npayload: 500 kg\n");
        assertThat(fromCap.decision()).isEqualTo(Decision.DEPENDS);
        assertThat(fromCap.prohibitedWhere()).isEqualTo("range > 800 km");
        assertThat(fromCap.permitted().orElseThrow().spec().range().orElseThrow().value()).isEqualTo(800);
        assertThat(under("2012", "name: S\ntype: ballistic-missile\nrange: 800.1..900 km\npayload: 500 kg\n").decision())
                .isEqualTo(Decision.PROHIBITED);
    }

    @Test
    void payloadAcrossTheTradeoffNamesTheCurveWithItsValues() throws Exception {
        BoxVerdict verdict = under("2012", "name: S\ntype: ballistic-missile\nrange: {min: 550 km, max: 600 km}\npayload: 800..1000 kg\n");
        assertThat(verdict.decision()).isEqualTo(Decision.DEPENDS);
        assertThat(verdict.prohibitedWhere())
                .isEqualTo("payload > the 2012 trade-off limit (916.667 kg at 550 km to 833.333 kg at 600 km)");
        BoxVerdict.Above above = verdict.parts().get(0).payload().orElseThrow();
        assertThat(above.limits()).containsExactly("2012 MG-TRADEOFF");
        assertThat(above.inclusive()).isFalse();
        assertThat(under("2017", "name: S\ntype: ballistic-missile\nrange: 550..600 km\npayload: 800..1000 kg\n").decision())
                .isEqualTo(Decision.PERMITTED);
    }

    @Test
    void aPayloadIntervalAtOneRangeNamesTheLimitValue() throws Exception {
        BoxVerdict verdict = under("2012", "name: S\ntype: ballistic-missile\nrange: 575 km\npayload: 850..900 kg\n");
        assertThat(verdict.decision()).isEqualTo(Decision.DEPENDS);
        assertThat(verdict.prohibitedWhere()).isEqualTo("payload > 875 kg (the 2012 trade-off limit)");
        assertThat(verdict.permitted().orElseThrow().spec().payload().orElseThrow().value()).isLessThanOrEqualTo(875);
    }

    @Test
    void twoConditionsAreJoinedWithOr() throws Exception {
        // Under 2001 the range cap (300 km) and the payload cap (500 kg) each prohibit on their own.
        BoxVerdict verdict = under("2001", "name: S\ntype: ballistic-missile\nrange: 250..350 km\npayload: 400..600 kg\n");
        assertThat(verdict.decision()).isEqualTo(Decision.DEPENDS);
        assertThat(verdict.prohibitedWhere()).isEqualTo("range <= 300 km and payload > 500 kg (the 2001 payload cap), or where range > 300 km");
    }

    @Test
    void impulseIntervalOfALaunchVehicle() throws Exception {
        BoxVerdict verdict = under("2012", "name: L\ntype: space-launch-vehicle\npropellant: solid\ntotal_impulse: 900000..1100000 lbf*s\n");
        assertThat(verdict.decision()).isEqualTo(Decision.DEPENDS);
        assertThat(verdict.prohibitedWhere()).startsWith("total impulse > 4,448,221.615 N*s (1,000,000 lbf*s)");
        assertThat(under("2012", "name: L\ntype: space-launch-vehicle\npropellant: liquid\ntotal_impulse: 900000..1100000 lbf*s\n")
                .decision()).isEqualTo(Decision.PERMITTED);
    }

    /**
     * Seeded random boxes: every random point inside a box, and every corner, gets a verdict the
     * box verdict allows (a prohibited point rules out "permitted", a permitted one "prohibited"),
     * and a "depends" box has a witness of each kind the rule base confirms.
     */
    @Test
    void randomPointsInsideABoxAgreeWithItsVerdict() throws Exception {
        Random random = new Random(13);
        for (int trial = 0; trial < 60; trial++) {
            double r0 = 100 + random.nextInt(900);
            double r1 = r0 + (random.nextBoolean() ? 0 : random.nextInt(300));
            double p0 = random.nextInt(3000);
            double p1 = p0 + (random.nextBoolean() ? 0 : random.nextInt(1500));
            String type = random.nextBoolean() ? "ballistic-missile" : random.nextBoolean() ? "cruise-missile" : "uav";
            SystemSpec spec = WhatIfFixture.spec("name: R\ntype: " + type + "\nrange: " + r0 + ".." + r1 + " km\npayload: "
                    + p0 + ".." + p1 + " kg\n");
            List<BoxVerdict> verdicts = new BoxAnalysis(evaluator).analyse(spec);
            for (int v = 0; v < verdicts.size(); v++) {
                BoxVerdict verdict = verdicts.get(v);
                boolean anyPermitted = false;
                boolean anyProhibited = false;
                for (int k = 0; k < 40; k++) {
                    double r = k < 4 ? (k % 2 == 0 ? r0 : r1) : r0 + random.nextDouble() * (r1 - r0);
                    double p = k < 4 ? (k < 2 ? p0 : p1) : p0 + random.nextDouble() * (p1 - p0);
                    Decision point = evaluator.evaluate(new SystemFact(SystemType.byId().get(type), r, p, null, null)).get(v).decision();
                    anyPermitted |= point == Decision.PERMITTED;
                    anyProhibited |= point == Decision.PROHIBITED;
                }
                String what = type + " " + r0 + ".." + r1 + " km, " + p0 + ".." + p1 + " kg under " + verdict.revision();
                if (anyProhibited) {
                    assertThat(verdict.decision()).as(what).isNotEqualTo(Decision.PERMITTED);
                }
                if (anyPermitted) {
                    assertThat(verdict.decision()).as(what).isNotEqualTo(Decision.PROHIBITED);
                }
                if (verdict.decision() == Decision.DEPENDS) {
                    assertThat(verdict.permitted().orElseThrow().verdict().decision()).isEqualTo(Decision.PERMITTED);
                    assertThat(verdict.prohibited().orElseThrow().verdict().decision()).isEqualTo(Decision.PROHIBITED);
                    assertThat(verdict.prohibitedWhere()).as(what).isNotBlank();
                    double wr = verdict.prohibited().get().spec().range().orElseThrow().value();
                    double wp = verdict.prohibited().get().spec().payload().orElseThrow().value();
                    assertThat(wr).as(what).isBetween(r0, r1);
                    assertThat(wp).as(what).isBetween(p0, p1);
                }
            }
        }
    }
}
