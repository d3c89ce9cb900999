package mgc.report;

import mgc.output.JsonOutput;
import mgc.output.InputErrorJson;
import mgc.output.Provenance;
import mgc.output.RunSummary;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

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
            JsonOutput.field(json, "inputs", ResultJson.Inputs.of(spec));
            findings(verdict);
            JsonOutput.field(json, "checks", ResultJson.CheckJson.all(verdict.checks()));
            if (result.capability().isPresent()) {
                JsonOutput.field(json, "capability", ResultJson.CapabilityJson.of(result.capability().get(), verdict));
            }
            if (result.box(verdict).isPresent()) {
                WhatIfJson.box(json, result.box(verdict).get());
            }
            if (result.nearest(verdict).isPresent()) {
                WhatIfJson.nearest(json, result.nearest(verdict).get());
            }
            if (result.trace().isPresent()) {
                JsonOutput.field(json, "trace", ResultJson.TraceJson.of(result.trace().get().forRevision(verdict.revision().id())));
            }
            json.writeEndObject();
        }
    }

    private void findings(Verdict verdict) throws IOException {
        JsonOutput.field(json, "findings", ResultJson.CheckJson.all(verdict.findings()));
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        json.writeEndArray();
        mgc.output.InputErrorJson.writeArray(json, "errors", errors);
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
