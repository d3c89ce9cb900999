package mgc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.Check;
import mgc.engine.TraceStep;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * Machine-readable output:
 * {@code {"results":[{file, system, type, revision, verdict, findings:[...], checks:[...]}], "errors":[...], "summary":{...}}}.
 * Numbers are in the units named beside them; key order is fixed, so output is byte-stable.
 */
public final class JsonReport implements ReportWriter {

    private final JsonGenerator json;
    private final List<InputError> errors = new ArrayList<>();

    public JsonReport(Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.json = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    @Override
    public void begin(List<Revision> revisions) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("results");
    }

    @Override
    public void result(SystemResult result) throws IOException {
        SystemSpec spec = result.spec();
        for (Verdict verdict : result.verdicts()) {
            json.writeStartObject();
            json.writeStringField("file", result.file());
            json.writeNumberField("line", spec.location().line());
            json.writeNumberField("column", spec.location().column());
            json.writeStringField("system", spec.name());
            json.writeStringField("type", spec.type().id());
            json.writeStringField("revision", verdict.revision().id());
            json.writeStringField("verdict", verdict.decision().id());
            json.writeObjectFieldStart("inputs");
            quantity("range", "km", spec.range());
            quantity("payload", "kg", spec.payload());
            if (spec.propellant().isPresent()) {
                json.writeStringField("propellant", spec.propellant().get().id());
            }
            quantity("total_impulse", "N*s", spec.totalImpulse());
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Check check : verdict.findings()) {
                check(check);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("checks");
            for (Check check : verdict.checks()) {
                check(check);
            }
            json.writeEndArray();
            if (result.trace().isPresent()) {
                trace(result.trace().get().forRevision(verdict.revision().id()));
            }
            json.writeEndObject();
        }
    }

    /** The rule engine's steps for one revision (--explain). */
    private void trace(List<TraceStep> steps) throws IOException {
        json.writeArrayFieldStart("trace");
        for (TraceStep step : steps) {
            json.writeStartObject();
            json.writeStringField("step", step.kind().word());
            json.writeStringField("rule", step.rule());
            json.writeStringField("ruleId", step.ruleId());
            json.writeArrayFieldStart("facts");
            for (String fact : step.facts()) {
                json.writeString(fact);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("recorded");
            for (String outcome : step.outcome()) {
                json.writeString(outcome);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void quantity(String field, String unit, java.util.Optional<Quantity> quantity) throws IOException {
        if (quantity.isPresent()) {
            json.writeObjectFieldStart(field);
            json.writeNumberField("value", Numbers.plain(quantity.get().value()));
            json.writeStringField("unit", unit);
            json.writeStringField("written", quantity.get().written());
            json.writeEndObject();
        }
    }

    private void check(Check check) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", check.rule());
        json.writeStringField("field", check.field());
        if (check.actual() == null) {
            json.writeNullField("actual");
        } else {
            json.writeNumberField("actual", Numbers.plain(check.actual()));
        }
        json.writeNumberField("limit", Numbers.plain(check.limit()));
        json.writeStringField("unit", check.unit());
        if (check.margin() == null) {
            json.writeNullField("margin");
        } else {
            json.writeNumberField("margin", Numbers.plain(check.margin()));
        }
        json.writeBooleanField("violated", check.violated());
        json.writeBooleanField("interpolated", check.interpolated());
        json.writeStringField("basis", check.basis());
        json.writeStringField("source", check.source());
        if (check.reading().isPresent()) {
            json.writeStringField("reading", check.reading().get());
        }
        json.writeStringField("message", check.message());
        json.writeEndObject();
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("errors");
        for (InputError error : errors) {
            json.writeStartObject();
            json.writeStringField("file", error.file());
            json.writeNumberField("line", error.line());
            json.writeNumberField("column", error.column());
            if (error.field() == null) {
                json.writeNullField("field");
            } else {
                json.writeStringField("field", error.field());
            }
            json.writeStringField("message", error.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("systems", summary.systems());
        json.writeNumberField("revisions", summary.revisions());
        json.writeNumberField("permitted", summary.permitted());
        json.writeNumberField("prohibited", summary.prohibited());
        json.writeNumberField("errors", summary.errors());
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
