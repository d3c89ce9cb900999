package mgc.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import mgc.output.JsonOutput;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import mgc.document.InputError;
import mgc.units.Numbers;

/**
 * {@code mgc compare --format json}:
 * {@code {"from","to","types":[{"type","relation","regions":[...],"counterexamples":[...]}],"changes":[...],"unchanged","errors"}}.
 * Numbers are in the units named beside them; key order is fixed, so output is byte-stable.
 * A {@code "provenance"} object (tool version, rule-base digest, the two revisions, any
 * {@code --as-of} resolution) closes it, so the comparison can be replayed.
 */
public final class CompareJsonReport implements CompareReport {

    private final JsonGenerator json;
    private final mgc.output.Provenance provenance;
    private final java.util.List<InputError> errors = new java.util.ArrayList<>();

    public CompareJsonReport(Writer out) throws IOException {
        this(out, mgc.output.Provenance.UNKNOWN);
    }

    public CompareJsonReport(Writer out, mgc.output.Provenance provenance) throws IOException {
        this.json = mgc.output.JsonOutput.generator(out);
        this.provenance = provenance;
    }

    @Override
    public void result(Comparison comparison) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", comparison.from().id());
        json.writeStringField("to", comparison.to().id());
        JsonOutput.field(json, "types", comparison.types().stream().map(CompareJson.TypeJson::of).toList());
        JsonOutput.field(json, "changes", comparison.changes().stream().map(CompareJson.ChangeJson::of).toList());
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
        mgc.output.InputErrorJson.writeArray(json, "errors", errors);
        mgc.output.JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
