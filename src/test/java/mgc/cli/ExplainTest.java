package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.SystemFact;
import mgc.engine.Trace;
import mgc.engine.TraceStep;
import mgc.spec.SystemType;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;

class ExplainTest {

    @Test
    void textShowsRulesMatchedAndFiredWithTheirFacts() {
        Cli.Run run = Cli.run("check", "--explain", "--revision", "2012", "--revision", "2021", "scenarios/examples/hyunmoo-2c.yaml");
        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains("matched \"MG-RANGE within\" (MG-RANGE)")
                .contains("fact: RangeCap[2012 ballistic-missile: range <= 800 km]")
                .contains("fact: System[ballistic-missile, range 800 km, payload 500 kg, solid propellant]")
                .contains("fired \"MG-TRADEOFF within\" (MG-TRADEOFF)")
                .contains("recorded within: payload 500 kg <= limit 500 kg (margin 0 kg)")
                .contains("no rule matched: no term of this revision applies to the system")
                .contains("inserted System[ballistic-missile");
        assertThat(run.out()).doesNotContain("MG-RANGE exceeded");
    }

    @Test
    void withoutExplainNothingIsTraced() {
        Cli.Run run = Cli.run("check", "scenarios/examples/hyunmoo-2c.yaml");
        assertThat(run.out()).doesNotContain("explain:").doesNotContain("matched");
    }

    @Test
    void formatsThatCannotShowTheTraceRefuseExplain() {
        Cli.Run run = Cli.run("check", "--explain", "--format", "sarif", "scenarios/examples/hyunmoo-2c.yaml");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--explain: the trace is shown by --format text or json, not sarif");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonCarriesTheTracePerRevision() throws Exception {
        Cli.Run run = Cli.run("check", "--explain", "--format", "json", "--revision", "2012", "scenarios/examples/hyunmoo-2c.yaml");
        JsonNode trace = new ObjectMapper().readTree(run.out()).get("results").get(0).get("trace");
        assertThat(trace.size()).isEqualTo(4); // MG-RANGE and MG-TRADEOFF "within": matched, then fired
        assertThat(trace.get(0).get("step").asText()).isEqualTo("matched");
        assertThat(trace.get(0).get("ruleId").asText()).isIn("MG-RANGE", "MG-TRADEOFF");
    }

    @Test
    void theEvaluatorTracesOnlyWhenAsked() throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(List.of(ruleSet.catalog().find("2012").orElseThrow()))) {
            SystemFact over = new SystemFact(SystemType.BALLISTIC_MISSILE, 900.0, 500.0, null, null);
            evaluator.evaluate(over);
            assertThat(evaluator.lastTrace()).isEmpty();
            evaluator.explain();
            evaluator.evaluate(over);
            Trace trace = evaluator.lastTrace().orElseThrow();
            assertThat(trace.forRevision("2012")).extracting(TraceStep::rule).contains("MG-RANGE exceeded");
            assertThat(trace.forRevision("2012")).filteredOn(s -> s.kind() == TraceStep.Kind.FIRED)
                    .flatExtracting(TraceStep::outcome).contains("finding: range 900 km > limit 800 km (over by 100 km)");
            assertThat(trace.general()).extracting(TraceStep::kind).containsExactly(TraceStep.Kind.INSERTED, TraceStep.Kind.DELETED);
        }
    }
}
