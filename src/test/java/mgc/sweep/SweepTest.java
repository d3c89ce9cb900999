package mgc.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.SystemFact;
import mgc.revision.Revision;
import mgc.spec.SystemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static RuleSet ruleSet;

    @BeforeAll
    static void load() throws Exception {
        ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
    }

    private static Boundary.Result sweep(SystemType type, String range, String payload, List<Revision> revisions, int threads)
            throws Exception {
        SweepRequest request = new SweepRequest(type, Axis.parse("--range", "km", range), Axis.parse("--payload", "kg", payload),
                null, null, revisions);
        return new Sweep(() -> ruleSet.ruleBase().newEvaluator(revisions), threads).run(request);
    }

    @Test
    void the2012BoundaryFollowsThePublishedTradeoffPoints() throws Exception {
        Revision r2012 = ruleSet.catalog().find("2012").orElseThrow();
        Boundary.Result result = sweep(SystemType.BALLISTIC_MISSILE, "300:900:100", "0:3000:10", List.of(r2012), 2);
        Boundary boundary = result.boundaries().get(0);
        Axis payload = result.request().payload();
        // 300 km -> 2,000 kg; 500 km -> 1,000 kg; 800 km -> 500 kg (inclusive); beyond 800 km nothing.
        assertThat(payload.decimalAt(boundary.maxPermittedPayloadIndex()[0]).intValue()).isEqualTo(2000);
        assertThat(payload.decimalAt(boundary.maxPermittedPayloadIndex()[2]).intValue()).isEqualTo(1000);
        assertThat(payload.decimalAt(boundary.maxPermittedPayloadIndex()[5]).intValue()).isEqualTo(500);
        assertThat(boundary.maxPermittedPayloadIndex()[6]).isEqualTo(-1);
        assertThat(boundary.permittedPoints()[5]).isEqualTo(51);
    }

    @Test
    void everyPointAgreesWithTheEvaluatorAndThreadsDoNotChangeTheResult() throws Exception {
        List<Revision> all = ruleSet.catalog().all();
        Boundary.Result one = sweep(SystemType.CRUISE_MISSILE, "0:1000:37", "0:3000:61", all, 1);
        Boundary.Result three = sweep(SystemType.CRUISE_MISSILE, "0:1000:37", "0:3000:61", all, 3);
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new BoundaryCsv(a).write(one);
        new BoundaryCsv(b).write(three);
        assertThat(b.toString()).isEqualTo(a.toString());
        Axis range = one.request().range();
        Axis payload = one.request().payload();
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(all)) {
            for (int c = 0; c < range.count(); c++) {
                for (int r = 0; r < all.size(); r++) {
                    int max = -1;
                    int permitted = 0;
                    for (int p = 0; p < payload.count(); p++) {
                        Decision decision = evaluator.evaluate(new SystemFact(SystemType.CRUISE_MISSILE, range.valueAt(c),
                                payload.valueAt(p), null, null)).get(r).decision();
                        if (decision == Decision.PERMITTED) {
                            max = p;
                            permitted++;
                        }
                    }
                    assertThat(one.boundaries().get(r).maxPermittedPayloadIndex()[c]).isEqualTo(max);
                    assertThat(one.boundaries().get(r).permittedPoints()[c]).isEqualTo(permitted);
                }
            }
        }
    }

    @Test
    void progressCountsEveryRangeColumnOnceWhateverTheThreads() throws Exception {
        Revision r2012 = ruleSet.catalog().find("2012").orElseThrow();
        SweepRequest request = new SweepRequest(SystemType.BALLISTIC_MISSILE, Axis.parse("--range", "km", "0:990:10"),
                Axis.parse("--payload", "kg", "0:1000:100"), null, null, List.of(r2012));
        java.util.concurrent.ConcurrentLinkedQueue<Long> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
        new Sweep(() -> ruleSet.ruleBase().newEvaluator(List.of(r2012)), 2).onProgress(seen::add).run(request);
        assertThat(seen).hasSize(100);
        assertThat(new java.util.TreeSet<>(seen)).hasSize(100).first().isEqualTo(1L);
        assertThat(new java.util.TreeSet<>(seen).last()).isEqualTo(100L);
    }

    @Test
    void csvHasOneRowPerRevisionAndRange() throws Exception {
        Revision r2012 = ruleSet.catalog().find("2012").orElseThrow();
        StringWriter out = new StringWriter();
        new BoundaryCsv(out).write(sweep(SystemType.BALLISTIC_MISSILE, "700:900:100", "0:1000:250", List.of(r2012), 1));
        assertThat(out.toString()).isEqualTo("""
                revision,type,range_km,max_permitted_payload_kg,permitted_points,points,payload_limit
                2012,ballistic-missile,700,500,3,5,within-grid
                2012,ballistic-missile,800,500,3,5,within-grid
                2012,ballistic-missile,900,,0,5,none-permitted
                """);
    }

    @Test
    void theGridsTopIsNotCalledTheLimitWhereNoPayloadLimitApplies() throws Exception {
        Revision r2012 = ruleSet.catalog().find("2012").orElseThrow();
        Revision r2017 = ruleSet.catalog().find("2017").orElseThrow();
        // 2017 lifted the payload limit: its column tops are the grid's, not a limit. Under 2012 at
        // 0 km the limit (2,000 kg) is the grid's top exactly, and above the grid when it stops at 1,000 kg.
        Boundary.Result result = sweep(SystemType.BALLISTIC_MISSILE, "0:800.1:800", "0:2000:1000", List.of(r2012, r2017), 1);
        Boundary b2012 = result.boundaries().get(0);
        Boundary b2017 = result.boundaries().get(1);
        assertThat(b2017.payloadLimit(0, 3)).isEqualTo(Boundary.PayloadLimit.NO_LIMIT);
        assertThat(b2017.payloadLimit(1, 3)).isEqualTo(Boundary.PayloadLimit.NO_LIMIT);
        assertThat(b2012.payloadLimit(0, 3)).isEqualTo(Boundary.PayloadLimit.AT_OR_ABOVE_TOP);
        assertThat(b2012.payloadLimit(1, 3)).isEqualTo(Boundary.PayloadLimit.WITHIN_GRID);
        Boundary.Result beyond = sweep(SystemType.BALLISTIC_MISSILE, "800.1:800.1:1", "0:2000:1000", List.of(r2012, r2017), 1);
        assertThat(beyond.boundaries().get(0).payloadLimit(0, 3)).isEqualTo(Boundary.PayloadLimit.NONE_PERMITTED);
        assertThat(beyond.boundaries().get(1).payloadLimit(0, 3)).isEqualTo(Boundary.PayloadLimit.NONE_PERMITTED);
        StringWriter out = new StringWriter();
        new BoundaryCsv(out).write(result);
        assertThat(out.toString()).contains("2017,ballistic-missile,0,2000,3,3,no-limit\n", "2012,ballistic-missile,0,2000,3,3,at-or-above-top\n");
    }

    @Test
    void jsonHasTheGridAndEachRevisionsBoundary() throws Exception {
        Revision r2012 = ruleSet.catalog().find("2012").orElseThrow();
        StringWriter out = new StringWriter();
        new BoundaryJson(out).write(sweep(SystemType.UAV, "100:300.0:100", "0:3000:1500", List.of(r2012), 2));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("type").asText()).isEqualTo("uav");
        assertThat(json.get("range").toString()).isEqualTo("{\"min\":100,\"max\":300,\"step\":100,\"unit\":\"km\",\"count\":3}");
        assertThat(json.get("points").asInt()).isEqualTo(9);
        com.fasterxml.jackson.databind.JsonNode boundary = json.get("revisions").get(0).get("boundary");
        assertThat(json.get("revisions").get(0).get("revision").asText()).isEqualTo("2012");
        assertThat(boundary.get(0).toString()).isEqualTo("{\"range\":100,\"max_permitted_payload\":3000,\"permitted_points\":3,\"payload_limit\":\"no-limit\"}");
        assertThat(boundary.get(2).toString()).isEqualTo("{\"range\":300,\"max_permitted_payload\":1500,\"permitted_points\":2,\"payload_limit\":\"within-grid\"}");
    }

    @Test
    void axesAreExactAndBadAxesAreErrorsNamingTheOption() throws Exception {
        Axis axis = Axis.parse("--range", "km", "0:1:0.1");
        assertThat(axis.count()).isEqualTo(11);
        assertThat(axis.decimalAt(3).toPlainString()).isEqualTo("0.3");
        assertThat(axis.valueAt(3)).isEqualTo(0.3);
        assertThat(Axis.parse("--payload", "kg", "0:10:3").count()).isEqualTo(4);
        assertThatThrownBy(() -> Axis.parse("--range", "km", "0:10")).hasMessageContaining("--range: expected MIN:MAX:STEP");
        assertThatThrownBy(() -> Axis.parse("--range", "km", "10:0:1")).hasMessageContaining("MAX must be at least MIN");
        assertThatThrownBy(() -> Axis.parse("--range", "km", "0:10:0")).hasMessageContaining("STEP must be greater than 0");
        assertThatThrownBy(() -> Axis.parse("--range", "km", "0:1e9:x")).hasMessageContaining("must be a plain number");
        assertThatThrownBy(() -> Axis.parse("--range", "km", "0:1000000000:1")).hasMessageContaining("use a larger STEP");
    }
}
