package mgc.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.capability.CapabilityResult;
import mgc.capability.CapabilityVerdict;
import mgc.capability.CurvePoint;
import mgc.capability.DeclaredRangeShortfall;
import mgc.capability.MtcrCategory;
import mgc.capability.Witness;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
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
 * Streamed a system at a time. The first {@value DetailCap#SYSTEMS} systems are written in full;
 * beyond them ({@link DetailCap}) a result keeps its verdict and findings but not its inputs,
 * checks, capability, box, nearest designs or trace, and {@code "detail_omitted"} says how many
 * systems were cut so, so output stays proportionate on a large batch.
 */
public final class JsonReport implements ReportWriter {

    private final JsonGenerator json;
    private final List<InputError> errors = new ArrayList<>();
    private final DetailCap cap = new DetailCap();

    private final Provenance provenance;

    public JsonReport(Writer out) throws IOException {
        this(out, Provenance.UNKNOWN);
    }

    public JsonReport(Writer out, Provenance provenance) throws IOException {
        this.json = JsonOutput.generator(out);
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("results");
    }

    @Override
    public void result(SystemResult result) throws IOException {
        SystemSpec spec = result.spec();
        boolean full = cap.admit();
        for (Verdict verdict : result.verdicts()) {
            json.writeStartObject();
            json.writeStringField("file", result.file());
            json.writeNumberField("line", spec.location().line());
            json.writeNumberField("column", spec.location().column());
            json.writeStringField("system", spec.name());
            json.writeStringField("type", spec.type().id());
            json.writeStringField("revision", verdict.revision().id());
            json.writeStringField("verdict", result.decision(verdict).id());
            if (!full) {
                findings(verdict);
                json.writeEndObject();
                continue;
            }
            json.writeObjectFieldStart("inputs");
            quantity("range", "km", spec.range());
            WhatIfJson.interval(json, "range", "km", spec.interval("range"));
            quantity("payload", "kg", spec.payload());
            WhatIfJson.interval(json, "payload", "kg", spec.interval("payload"));
            if (spec.propellant().isPresent()) {
                json.writeStringField("propellant", spec.propellant().get().id());
            }
            quantity("total_impulse", "N*s", spec.totalImpulse());
            WhatIfJson.interval(json, "total_impulse", "N*s", spec.interval("total_impulse"));
            if (spec.staging().isPresent()) {
                json.writeArrayFieldStart("stages");
                for (mgc.spec.Stage stage : spec.staging().get().stages()) {
                    json.writeStartObject();
                    quantity("gross_mass", "kg", Optional.of(stage.grossMass()));
                    quantity("propellant_mass", "kg", Optional.of(stage.propellantMass()));
                    quantity("isp", "s", Optional.of(stage.isp()));
                    quantity("burn_time", "s", stage.burnTime());
                    quantity("vacuum_isp", "s", stage.vacuumIsp());
                    json.writeEndObject();
                }
                json.writeEndArray();
                quantity("losses", "m/s", spec.staging().get().losses());
                if (spec.staging().get().diameterM().isPresent()) {
                    json.writeNumberField("diameter_m", Numbers.plain(spec.staging().get().diameterM().get()));
                }
                if (spec.staging().get().dragCoefficient().isPresent()) {
                    json.writeNumberField("drag_coefficient", Numbers.plain(spec.staging().get().dragCoefficient().get()));
                }
            }
            json.writeEndObject();
            findings(verdict);
            json.writeArrayFieldStart("checks");
            for (TermOutcome check : verdict.checks()) {
                check(check);
            }
            json.writeEndArray();
            if (result.capability().isPresent()) {
                capability(result.capability().get(), verdict);
            }
            if (result.box(verdict).isPresent()) {
                WhatIfJson.box(json, result.box(verdict).get());
            }
            if (result.nearest(verdict).isPresent()) {
                WhatIfJson.nearest(json, result.nearest(verdict).get());
            }
            if (result.trace().isPresent()) {
                trace(result.trace().get().forRevision(verdict.revision().id()));
            }
            json.writeEndObject();
        }
    }

    private void findings(Verdict verdict) throws IOException {
        json.writeArrayFieldStart("findings");
        for (TermOutcome check : verdict.findings()) {
            check(check);
        }
        json.writeEndArray();
    }

    /** The capability assessment under one revision; keys appear only when capability was assessed. */
    private void capability(CapabilityResult capability, Verdict declared) throws IOException {
        json.writeObjectFieldStart("capability");
        json.writeStringField("declared_verdict", declared.decision().id());
        json.writeStringField("model", capability.model());
        if (capability.atDeclaredPayload().isPresent()) {
            json.writeNumberField("range_at_declared_payload_km", Numbers.plain(capability.atDeclaredPayload().get().rangeKm()));
        }
        Optional<CapabilityVerdict> verdict = capability.verdictFor(declared.revision().id());
        if (verdict.isPresent()) {
            json.writeStringField("verdict", verdict.get().decision().id());
            json.writeNumberField("configurations_checked", verdict.get().configurationsChecked());
            json.writeArrayFieldStart("findings");
            for (Witness witness : verdict.get().witnesses()) {
                json.writeStartObject();
                point(witness.configuration().point());
                json.writeStringField("origin", witness.configuration().origin().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringField("description", witness.describe());
                json.writeFieldName("check");
                check(witness.check());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        MtcrCategory.Classification mtcr = capability.mtcr();
        json.writeObjectFieldStart("mtcr");
        json.writeStringField("category", mtcr.category().label());
        json.writeStringField("boundary", mtcr.boundary().id());
        json.writeStringField("deciding", mtcr.deciding());
        json.writeBooleanField("from_stages", mtcr.fromStages());
        json.writeEndObject();
        if (capability.declared().isPresent()) {
            DeclaredRangeShortfall point = capability.declared().get();
            json.writeObjectFieldStart("declared_point");
            json.writeNumberField("payload_kg", Numbers.plain(point.payloadKg()));
            json.writeNumberField("declared_range_km", Numbers.plain(point.declaredRangeKm()));
            json.writeNumberField("capable_range_km", Numbers.plain(point.capable().rangeKm()));
            json.writeBooleanField("orbital", point.capable().orbital());
            json.writeNumberField("shortfall_fraction", Numbers.plain(point.shortfall()));
            json.writeNumberField("threshold_fraction", Numbers.plain(point.threshold()));
            json.writeBooleanField("flagged", point.flagged());
            json.writeStringField("message", point.describe());
            json.writeEndObject();
        }
        if (capability.impulse().isPresent()) {
            mgc.capability.StageImpulse impulse = capability.impulse().get();
            json.writeObjectFieldStart("impulse");
            json.writeNumberField("stages_ns", Numbers.plain(impulse.derivedNs()));
            if (impulse.declaredNs().isPresent()) {
                json.writeNumberField("declared_ns", Numbers.plain(impulse.declaredNs().get()));
            }
            json.writeNumberField("checked_ns", Numbers.plain(impulse.checkedNs()));
            json.writeBooleanField("flagged", impulse.flagged());
            json.writeStringField("message", impulse.describe());
            json.writeEndObject();
        }
        json.writeArrayFieldStart("curve");
        for (CurvePoint point : capability.summary()) {
            json.writeStartObject();
            point(point);
            json.writeEndObject();
        }
        json.writeEndArray();
        JsonOutput.stringArray(json, "assumptions", capability.assumptions());
        json.writeEndObject();
    }

    private void point(CurvePoint point) throws IOException {
        json.writeNumberField("payload_kg", Numbers.plain(point.payloadKg()));
        json.writeNumberField("range_km", Numbers.plain(point.rangeKm()));
        json.writeBooleanField("orbital", point.orbital());
    }

    /** The rule engine's steps for one revision (--explain). */
    private void trace(List<TraceStep> steps) throws IOException {
        json.writeArrayFieldStart("trace");
        for (TraceStep step : steps) {
            json.writeStartObject();
            json.writeStringField("step", step.kind().word());
            json.writeStringField("rule", step.rule());
            json.writeStringField("ruleId", step.ruleId());
            JsonOutput.stringArray(json, "facts", step.facts());
            JsonOutput.stringArray(json, "recorded", step.outcome());
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

    private void check(TermOutcome check) throws IOException {
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
        mgc.report.InputErrorJson.writeArray(json, "errors", errors);
        if (cap.omitted() > 0) {
            json.writeObjectFieldStart("detail_omitted");
            json.writeNumberField("systems_in_full", cap.limit());
            json.writeNumberField("systems", cap.omitted());
            json.writeStringField("note", cap.note());
            json.writeEndObject();
        }
        JsonOutput.field(json, "summary", JsonOutput.Summary.of(summary));
        JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
