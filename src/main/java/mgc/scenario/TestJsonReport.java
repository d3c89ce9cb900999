package mgc.scenario;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
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

    private final mgc.report.Provenance provenance;

    public TestJsonReport(Writer out) throws IOException {
        this(out, mgc.report.Provenance.UNKNOWN);
    }

    /** With the tool version, rule-base digest and revisions, written last as {@code provenance}. */
    public TestJsonReport(Writer out, mgc.report.Provenance provenance) throws IOException {
        this.provenance = provenance;
        this.json = mgc.report.JsonOutput.generator(out);
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
        json.writeStartObject();
        json.writeStringField("file", scenario.file());
        json.writeNumberField("line", scenario.location().line());
        json.writeNumberField("column", scenario.location().column());
        json.writeStringField("name", scenario.name());
        json.writeBooleanField("passed", run.passed());
        json.writeArrayFieldStart("results");
        for (ExpectationResult result : run.results()) {
            json.writeStartObject();
            json.writeStringField("revision", result.expected().revision());
            json.writeBooleanField("passed", result.passed());
            json.writeObjectFieldStart("expected");
            json.writeStringField("verdict", result.expected().verdict().id());
            json.writeArrayFieldStart("rules");
            for (String rule : result.expected().rules()) {
                json.writeString(rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeObjectFieldStart("actual");
            json.writeStringField("verdict", result.actual().decision().id());
            json.writeArrayFieldStart("findings");
            for (TermOutcome check : result.actual().findings()) {
                json.writeStartObject();
                json.writeStringField("rule", check.rule());
                json.writeStringField("field", check.field());
                json.writeStringField("message", check.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("missing-rules");
            for (String rule : result.missingRules()) {
                json.writeString(rule);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (run.unchanged().isPresent()) {
            UnchangedResult unchanged = run.unchanged().get();
            json.writeObjectFieldStart("unchanged");
            json.writeNumberField("line", unchanged.claim().location().line());
            json.writeNumberField("column", unchanged.claim().location().column());
            json.writeBooleanField("passed", unchanged.passed());
            json.writeArrayFieldStart("verdicts");
            for (mgc.engine.Verdict verdict : unchanged.verdicts()) {
                json.writeStartObject();
                json.writeStringField("revision", verdict.revision().id());
                json.writeStringField("verdict", verdict.decision().id());
                json.writeArrayFieldStart("rules");
                for (String rule : verdict.findings().stream().map(TermOutcome::rule).distinct().toList()) {
                    json.writeString(rule);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

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
        mgc.report.InputErrorJson.writeArray(json, "errors", errors);
        if (coverage.isPresent()) {
            List<Coverage.Entry> entries = coverage.get().entries();
            json.writeObjectFieldStart("coverage");
            json.writeNumberField("percent", Numbers.plain(coverage.get().percent()));
            if (minimum.isPresent()) {
                json.writeNumberField("minimum", Numbers.plain(minimum.get()));
            }
            json.writeNumberField("applicable", entries.size());
            json.writeNumberField("covered", entries.stream().filter(Coverage.Entry::covered).count());
            json.writeArrayFieldStart("pairs");
            for (Coverage.Entry entry : entries) {
                json.writeStartObject();
                json.writeStringField("revision", entry.revision());
                json.writeStringField("rule", entry.rule());
                json.writeStringField("side", entry.side().id());
                json.writeBooleanField("covered", entry.covered());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("scenarios", summary.scenarios());
        json.writeNumberField("expectations", summary.expectations());
        json.writeNumberField("passed", summary.passed());
        json.writeNumberField("failed", summary.failed());
        json.writeNumberField("errors", summary.errors());
        json.writeEndObject();
        mgc.report.JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
