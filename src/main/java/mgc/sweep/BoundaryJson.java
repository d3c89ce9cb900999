package mgc.sweep;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import mgc.units.Numbers;

/**
 * The boundary as JSON:
 * {@code {"type", "range": {min,max,step,unit,count}, "payload": {...}, "propellant", "total_impulse",
 * "points", "revisions": [{"revision", "boundary": [{"range", "max_permitted_payload", "permitted_points", "payload_limit"}]}]}},
 * ranges in km and payloads in kg; {@code max_permitted_payload} is null when none is permitted;
 * {@code payload_limit} is one of within-grid, at-or-above-top, no-limit, none-permitted (see {@link Boundary.PayloadLimit}).
 */
public final class BoundaryJson implements SweepReport {

    private final mgc.report.Provenance provenance;
    private final JsonGenerator json;

    public BoundaryJson(Writer out) throws IOException {
        this(out, mgc.report.Provenance.UNKNOWN);
    }

    /** With the tool version, rule-base digest and revisions, written last as {@code provenance}. */
    public BoundaryJson(Writer out, mgc.report.Provenance provenance) throws IOException {
        this.provenance = provenance;
        this.json = mgc.report.JsonOutput.generator(out);
    }

    @Override
    public void result(Boundary.Result result) throws IOException {
        SweepRequest request = result.request();
        json.writeStartObject();
        json.writeStringField("type", request.type().id());
        axis(json, "range", request.range());
        axis(json, "payload", request.payload());
        if (request.propellant() == null) {
            json.writeNullField("propellant");
        } else {
            json.writeStringField("propellant", request.propellant().id());
        }
        if (request.totalImpulseNs() == null) {
            json.writeNullField("total_impulse");
        } else {
            json.writeObjectFieldStart("total_impulse");
            json.writeNumberField("value", Numbers.plain(request.totalImpulseNs()));
            json.writeStringField("unit", "N*s");
            json.writeEndObject();
        }
        json.writeNumberField("points", request.points());
        json.writeArrayFieldStart("revisions");
        for (Boundary boundary : result.boundaries()) {
            json.writeStartObject();
            json.writeStringField("revision", boundary.revision().id());
            json.writeArrayFieldStart("boundary");
            for (int column = 0; column < request.range().count(); column++) {
                int max = boundary.maxPermittedPayloadIndex()[column];
                json.writeStartObject();
                json.writeNumberField("range", request.range().decimalAt(column));
                if (max < 0) {
                    json.writeNullField("max_permitted_payload");
                } else {
                    json.writeNumberField("max_permitted_payload", request.payload().decimalAt(max));
                }
                json.writeNumberField("permitted_points", boundary.permittedPoints()[column]);
                json.writeStringField("payload_limit", boundary.payloadLimit(column, request.payload().count()).id());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public void end(Void nothing) throws IOException {
        mgc.report.JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private static void axis(JsonGenerator json, String name, Axis axis) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("min", axis.decimalAt(0));
        json.writeNumberField("max", Axis.plain(axis.max()));
        json.writeNumberField("step", Axis.plain(axis.step()));
        json.writeStringField("unit", axis.unit());
        json.writeNumberField("count", axis.count());
        json.writeEndObject();
    }
}
