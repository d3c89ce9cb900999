package mgc.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mgc.engine.Evaluator;
import mgc.revision.ImpulseCap;
import mgc.revision.PayloadCapBeyondRange;
import mgc.revision.RangeCap;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import org.junit.jupiter.api.Test;

/** The least relaxation per kind of term, found from the rule base's findings, at each limit's boundary. */
class LeastRevisionTest {

    private static Proposal propose(String from, String... yamls) throws Exception {
        Revision revision = WhatIfFixture.catalog().find(from).orElseThrow();
        List<SystemSpec> specs = new java.util.ArrayList<>();
        for (String yaml : yamls) {
            specs.add(WhatIfFixture.spec(yaml));
        }
        try (Evaluator evaluator = WhatIfFixture.evaluator(from)) {
            return new LeastRevision(evaluator, revision).propose(specs);
        }
    }

    private static String bm(double range, double payload) {
        return "name: BM\ntype: ballistic-missile\nrange: " + range + " km\npayload: " + payload + " kg\n";
    }

    @Test
    void aSystemAtEveryLimitNeedsNothing() throws Exception {
        Proposal proposal = propose("2012", bm(800, 500), bm(300, 2000),
                "name: CM\ntype: cruise-missile\nrange: 300 km\npayload: 5000 kg\n",   // 300 km itself is not "over 300 km"
                "name: UAV\ntype: uav\nrange: 299.9 km\npayload: 9000 kg\n");
        assertThat(proposal.nothingToChange()).isTrue();
        assertThat(proposal.permitted()).hasSize(4).first().isEqualTo("BM (800 km, 500 kg)");
    }

    @Test
    void rangeJustOverTheCapRaisesTheRangeCapOnly() throws Exception {
        Proposal proposal = propose("2012", bm(800.1, 500));
        assertThat(proposal.relaxed()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(SystemType.BALLISTIC_MISSILE);
            assertThat(r.after()).isInstanceOf(RangeCap.class);
            assertThat(((RangeCap) r.after()).max().value()).isEqualTo(800.1);
            assertThat(r.after().basis().reading().orElseThrow()).contains("Raised from 2012's 800 km to 800.1 km, as far as BM (800.1 km, 500 kg) needs")
                    .contains("not a published term");
            assertThat(r.after().basis().sources()).extracting(s -> s.id()).containsExactly(LeastRevision.SOURCE_ID);
        });
    }

    @Test
    void payloadOverTheCurveRaisesTheCurveAndRangeOverTheCapBoth() throws Exception {
        Proposal proposal = propose("2012", bm(800, 2000), bm(900, 500));
        assertThat(proposal.relaxed()).extracting(r -> r.after().summary()).containsExactly(
                "range <= 900 km", "payload <= trade-off curve 800 km -> 2,000 kg, 801 km -> 500 kg");
        assertThat(proposal.relaxed().get(0).neededBy()).containsExactly("BM (900 km, 500 kg)");
        assertThat(proposal.relaxed().get(1).neededBy()).containsExactly("BM (800 km, 2,000 kg)");
    }

    @Test
    void cruiseMissileCapBeyond300KmIsRaisedAndItsThresholdKept() throws Exception {
        Proposal proposal = propose("2012", "name: CM\ntype: cruise-missile\nrange: 300.1 km\npayload: 500.1 kg\n");
        PayloadCapBeyondRange after = (PayloadCapBeyondRange) proposal.relaxed().get(0).after();
        assertThat(after.max().value()).isEqualTo(500.1);
        assertThat(after.threshold().value()).isEqualTo(300);
        assertThat(after.inclusive()).isFalse();
    }

    @Test
    void uavCapAtAndBeyond300KmIsRaisedAt300KmItself() throws Exception {
        Proposal proposal = propose("2012", "name: UAV\ntype: uav\nrange: 300 km\npayload: 2600 kg\n");
        PayloadCapBeyondRange after = (PayloadCapBeyondRange) proposal.relaxed().get(0).after();
        assertThat(after.max().value()).isEqualTo(2600);
        assertThat(after.inclusive()).isTrue();
    }

    @Test
    void flatPayloadCapOf2001IsRaised() throws Exception {
        Proposal proposal = propose("2001", bm(300, 500.5));
        assertThat(proposal.relaxed()).singleElement().satisfies(r -> assertThat(r.after().summary()).isEqualTo("payload <= 500.5 kg"));
    }

    @Test
    void impulseCapIsRaisedForACoveredPropellantAndALiquidLauncherNeedsNothing() throws Exception {
        String solid = "name: SLV\ntype: space-launch-vehicle\npropellant: solid\ntotal_impulse: 1000001 lbf*s\n";
        String liquid = "name: Liquid\ntype: space-launch-vehicle\npropellant: liquid\ntotal_impulse: 9000000 lbf*s\n";
        Proposal proposal = propose("2012", solid, liquid);
        ImpulseCap after = (ImpulseCap) proposal.relaxed().get(0).after();
        assertThat(after.max().value()).isEqualTo(4448226.064);
        assertThat(after.max().value()).isGreaterThanOrEqualTo(1000001 * 4.4482216152605);
        assertThat(proposal.permitted()).singleElement().asString().startsWith("Liquid");
    }

    @Test
    void anUndeclaredValueCannotBePermittedByRaisingALimit() throws Exception {
        Proposal proposal = propose("2012", "name: SLV\ntype: space-launch-vehicle\npropellant: solid\n", bm(800, 2000));
        assertThat(proposal.cannot()).singleElement().satisfies(c -> {
            assertThat(c.system()).isEqualTo("SLV");
            assertThat(c.location()).isEqualTo("spec.yaml:1:1");
            assertThat(c.reason()).contains("declare total_impulse");
        });
        assertThat(proposal.relaxed()).hasSize(1);
    }

    @Test
    void aSystemWithIntervalsIsTakenAtItsFarCorner() throws Exception {
        Proposal proposal = propose("2012", "name: Straddle\ntype: ballistic-missile\nrange: 780..820 km\npayload: 400..500 kg\n");
        assertThat(proposal.relaxed()).singleElement().satisfies(r -> {
            assertThat(r.after().summary()).isEqualTo("range <= 820 km");
            assertThat(r.neededBy()).containsExactly("Straddle (range up to 820 km, payload up to 500 kg)");
        });
    }
}
