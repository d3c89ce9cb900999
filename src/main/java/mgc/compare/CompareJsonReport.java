package mgc.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * {@code mgc compare --format json}:
 * {@code {"from","to","types":[{"type","relation","regions":[...],"counterexamples":[...]}],"changes":[...],"unchanged","errors"}}.
 * Numbers are in the units named beside them; key order is fixed, so output is byte-stable.
 * A {@code "provenance"} object (tool version, rule-base digest, the two revisions, any
 * {@code --as-of} resolution) closes it, so the comparison can be replayed.
 */
public final class CompareJsonReport implements CompareReport {

    private final JsonGenerator json;
    private final mgc.report.Provenance provenance;
    private final java.util.List<InputError> errors = new java.util.ArrayList<>();

    public CompareJsonReport(Writer out) throws IOException {
        this(out, mgc.report.Provenance.UNKNOWN);
    }

    public CompareJsonReport(Writer out, mgc.report.Provenance provenance) throws IOException {
        this.json = mgc.report.JsonOutput.generator(out);
        this.provenance = provenance;
    }

    @Override
    public void result(Comparison comparison) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", comparison.from().id());
        json.writeStringField("to", comparison.to().id());
        json.writeArrayFieldStart("types");
        for (TypeComparison type : comparison.types()) {
            json.writeStartObject();
            json.writeStringField("type", type.type().id());
            json.writeStringField("relation", type.relation().id());
            json.writeArrayFieldStart("regions");
            for (Region region : type.regions()) {
                region(region);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("counterexamples");
            for (Counterexample example : type.counterexamples()) {
                json.writeStartObject();
                json.writeStringField("permitted-by", example.permittedBy());
                json.writeStringField("prohibited-by", example.prohibitedBy());
                json.writeFieldName("spec");
                spec(example.spec());
                json.writeStringField("yaml", example.yaml());
                json.writeBooleanField("confirmed", true);
                findings("findings", example.prohibiting());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("changes");
        for (VerdictChange change : comparison.changes()) {
            json.writeStartObject();
            json.writeStringField("file", change.file());
            json.writeNumberField("line", change.spec().location().line());
            json.writeNumberField("column", change.spec().location().column());
            json.writeStringField("system", change.spec().name());
            json.writeStringField("type", change.spec().type().id());
            json.writeStringField("from", change.fromDecision().id());
            json.writeStringField("to", change.toDecision().id());
            findings("findings", change.prohibiting());
            if (change.capability().isPresent()) {
                json.writeArrayFieldStart("capability_findings");
                for (mgc.capability.Witness witness : change.capabilityWitnesses()) {
                    json.writeStartObject();
                    json.writeStringField("revision", witness.check().revision());
                    json.writeStringField("rule", witness.check().rule());
                    json.writeStringField("field", witness.check().field());
                    json.writeStringField("message", witness.describe());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (comparison.specsGiven()) {
            json.writeNumberField("unchanged", comparison.unchanged());
        }
        errors.addAll(comparison.errors());
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(Void nothing) throws IOException {
        mgc.report.InputErrorJson.writeArray(json, "errors", errors);
        mgc.report.JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private void region(Region region) throws IOException {
        json.writeStartObject();
        json.writeStringField("permitted-by", region.permittedBy());
        json.writeStringField("prohibited-by", region.prohibitedBy());
        json.writeStringField("description", region.description());
        if (!region.range().isEmpty()) {
            spans("range", "km", region.range());
        }
        if (region.payload().isPresent()) {
            Region.PayloadBand band = region.payload().get();
            json.writeObjectFieldStart("payload");
            json.writeBooleanField("undeclared", band.undeclared());
            bound("above", band.lower());
            bound("below", band.upper());
            json.writeEndObject();
        }
        if (!region.propellants().isEmpty()) {
            json.writeArrayFieldStart("propellant");
            for (String propellant : region.propellants()) {
                json.writeString(propellant);
            }
            json.writeEndArray();
        }
        if (!region.totalImpulse().isEmpty()) {
            spans("total_impulse", "N*s", region.totalImpulse());
        }
        json.writeEndObject();
    }

    private void spans(String field, String unit, List<Span> spans) throws IOException {
        json.writeArrayFieldStart(field);
        for (Span span : spans) {
            json.writeStartObject();
            if (span.undeclared()) {
                json.writeBooleanField("undeclared", true);
            } else {
                json.writeNumberField("from", Numbers.plain(span.lo()));
                json.writeBooleanField("from-inclusive", span.loInclusive());
                if (span.hi() == null) {
                    json.writeNullField("to");
                } else {
                    json.writeNumberField("to", Numbers.plain(span.hi()));
                }
                json.writeBooleanField("to-inclusive", span.hiInclusive());
                json.writeStringField("unit", unit);
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** A payload bound: "above" holds the lower limit (inclusive = at least), "below" the upper (inclusive = up to). */
    private void bound(String field, Optional<Region.Bound> bound) throws IOException {
        if (bound.isEmpty()) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeArrayFieldStart("limits");
        for (String limit : bound.get().limits()) {
            json.writeString(limit);
        }
        json.writeEndArray();
        json.writeBooleanField("inclusive", bound.get().inclusive());
        json.writeArrayFieldStart("values");
        for (Region.LimitValue value : bound.get().values()) {
            json.writeStartObject();
            if (value.rangeKm() == null) {
                json.writeNullField("range_km");
            } else {
                json.writeNumberField("range_km", Numbers.plain(value.rangeKm()));
            }
            json.writeNumberField("payload_kg", Numbers.plain(value.payloadKg()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void spec(SystemSpec spec) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", spec.name());
        json.writeStringField("type", spec.type().id());
        quantity("range", spec.range());
        quantity("payload", spec.payload());
        if (spec.propellant().isPresent()) {
            json.writeStringField("propellant", spec.propellant().get().id());
        }
        quantity("total_impulse", spec.totalImpulse());
        json.writeEndObject();
    }

    /**
     * A counterexample's value as a spec file writes it ({@code "range": "200 km"}), so the spec
     * object is a spec document {@code mgc check} accepts as it stands.
     */
    private void quantity(String field, Optional<Quantity> quantity) throws IOException {
        if (quantity.isPresent()) {
            json.writeStringField(field, Numbers.plain(quantity.get().value()).toPlainString() + " " + quantity.get().unit());
        }
    }

    private void findings(String field, Verdict verdict) throws IOException {
        json.writeArrayFieldStart(field);
        for (TermOutcome check : verdict.findings()) {
            json.writeStartObject();
            json.writeStringField("revision", check.revision());
            json.writeStringField("rule", check.rule());
            json.writeStringField("field", check.field());
            json.writeStringField("message", check.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
