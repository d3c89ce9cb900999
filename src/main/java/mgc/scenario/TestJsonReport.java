package mgc.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.output.JsonOutput;
import mgc.units.Numbers;

/**
 * {@code mgc test --format json}:
 * {@code {"scenarios":[{file,line,column,name,results:[{revision,passed,expected,actual,missing-rules}],
 * unchanged:{line,column,passed,verdicts:[{revision,verdict,rules}]}}],
 * "errors":[...], "coverage":{...}, "summary":{...}}}. Key order is fixed, so output is byte-stable.
 */
public final class TestJsonReport implements TestReport {

    private final JsonGenerator json;
    private final List<InputError> errors = new ArrayList<>();

    private final mgc.output.Provenance provenance;

    public TestJsonReport(Writer out) throws IOException {
        this(out, mgc.output.Provenance.UNKNOWN);
    }

    /** With the tool version, rule-base digest and revisions, written last as {@code provenance}. */
    public TestJsonReport(Writer out, mgc.output.Provenance provenance) throws IOException {
        this.provenance = provenance;
        this.json = mgc.output.JsonOutput.generator(out);
        json.writeStartObject();
        json.writeArrayFieldStart("scenarios");
    }

    @Override
    public void result(ScenarioRun run) throws IOException {
        errors.addAll(run.errors());
        if (!run.errors().isEmpty()) {
            return;
        }
        Scenario scenario = run.scenario();
        List<ResultJson> results = run.results().stream().map(ResultJson::of).toList();
        JsonOutput.write(json, new ScenarioJson(scenario.file(), scenario.location().line(), scenario.location().column(),
                scenario.name(), run.passed(), results, run.unchanged().map(UnchangedJson::of).orElse(null)));
    }

    private record ScenarioJson(String file, int line, int column, String name, boolean passed, List<ResultJson> results,
                                @JsonInclude(JsonInclude.Include.NON_NULL) UnchangedJson unchanged) {}

    private record ResultJson(String revision, boolean passed, Expected expected, Actual actual,
                              @JsonProperty("missing-rules") List<String> missingRules) {
        static ResultJson of(ExpectationResult result) {
            return new ResultJson(result.expected().revision(), result.passed(),
                    new Expected(result.expected().verdict().id(), result.expected().rules()),
                    new Actual(result.actual().decision().id(), result.actual().findings().stream().map(FindingJson::of).toList()),
                    result.missingRules());
        }
    }

    private record Expected(String verdict, List<String> rules) {}

    private record Actual(String verdict, List<FindingJson> findings) {}

    private record FindingJson(String rule, String field, String message) {
        static FindingJson of(TermOutcome check) {
            return new FindingJson(check.rule(), check.field(), check.message());
        }
    }

    private record UnchangedJson(int line, int column, boolean passed, List<UnchangedVerdict> verdicts) {
        static UnchangedJson of(UnchangedResult unchanged) {
            return new UnchangedJson(unchanged.claim().location().line(), unchanged.claim().location().column(), unchanged.passed(),
                    unchanged.verdicts().stream().map(v -> new UnchangedVerdict(v.revision().id(), v.decision().id(),
                            v.findings().stream().map(TermOutcome::rule).distinct().toList())).toList());
        }
    }

    private record UnchangedVerdict(String revision, String verdict, List<String> rules) {}

    private record CoverageJson(BigDecimal percent, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal minimum, int applicable,
                                long covered, List<PairJson> pairs) {}

    private record PairJson(String revision, String rule, String side, boolean covered) {}

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(End end) throws IOException {
        TestSummary summary = end.summary();
        Optional<Coverage> coverage = end.coverage();
        Optional<Double> minimum = end.minimum();
        json.writeEndArray();
        mgc.output.InputErrorJson.writeArray(json, "errors", errors);
        if (coverage.isPresent()) {
            List<Coverage.Entry> entries = coverage.get().entries();
            JsonOutput.field(json, "coverage", new CoverageJson(Numbers.plain(coverage.get().percent()),
                    minimum.map(Numbers::plain).orElse(null), entries.size(), entries.stream().filter(Coverage.Entry::covered).count(),
                    entries.stream().map(e -> new PairJson(e.revision(), e.rule(), e.side().id(), e.covered())).toList()));
        }
        JsonOutput.field(json, "summary", summary);
        mgc.output.JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
