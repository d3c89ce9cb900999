package mgc.sweep;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mgc.output.JsonOutput;
import mgc.units.Numbers;

/**
 * The boundary as JSON:
 * {@code {"type", "range": {min,max,step,unit,count}, "payload": {...}, "propellant", "total_impulse",
 * "points", "revisions": [{"revision", "boundary": [{"range", "max_permitted_payload", "permitted_points", "payload_limit"}]}]}},
 * ranges in km and payloads in kg; {@code max_permitted_payload} is null when none is permitted;
 * {@code payload_limit} is one of within-grid, at-or-above-top, no-limit, none-permitted (see {@link Boundary.PayloadLimit}).
 */
public final class BoundaryJson implements SweepReport {

    private final mgc.output.Provenance provenance;
    private final JsonGenerator json;

    public BoundaryJson(Writer out) throws IOException {
        this(out, mgc.output.Provenance.UNKNOWN);
    }

    /** With the tool version, rule-base digest and revisions, written last as {@code provenance}. */
    public BoundaryJson(Writer out, mgc.output.Provenance provenance) throws IOException {
        this.provenance = provenance;
        this.json = mgc.output.JsonOutput.generator(out);
    }

    @Override
    public void result(Boundary.Result result) throws IOException {
        SweepRequest request = result.request();
        json.writeStartObject();
        json.writeStringField("type", request.type().id());
        JsonOutput.field(json, "range", AxisJson.of(request.range()));
        JsonOutput.field(json, "payload", AxisJson.of(request.payload()));
        JsonOutput.field(json, "propellant", request.propellant() == null ? null : request.propellant().id());
        JsonOutput.field(json, "total_impulse", request.totalImpulseNs() == null ? null
                : new Impulse(Numbers.plain(request.totalImpulseNs()), "N*s"));
        json.writeNumberField("points", request.points());
        json.writeArrayFieldStart("revisions");
        // One revision's boundary at a time: a fine grid over many revisions is never one tree.
        for (Boundary boundary : result.boundaries()) {
            List<Column> columns = new ArrayList<>();
            for (int column = 0; column < request.range().count(); column++) {
                int max = boundary.maxPermittedPayloadIndex()[column];
                columns.add(new Column(request.range().decimalAt(column), max < 0 ? null : request.payload().decimalAt(max),
                        boundary.permittedPoints()[column], boundary.payloadLimit(column, request.payload().count()).id()));
            }
            JsonOutput.write(json, new RevisionBoundary(boundary.revision().id(), columns));
        }
        json.writeEndArray();
    }

    private record AxisJson(BigDecimal min, BigDecimal max, BigDecimal step, String unit, int count) {
        static AxisJson of(Axis axis) {
            return new AxisJson(axis.decimalAt(0), Axis.plain(axis.max()), Axis.plain(axis.step()), axis.unit(), axis.count());
        }
    }

    private record Impulse(BigDecimal value, String unit) {}

    /** {@code max_permitted_payload} is null when no payload of the grid is permitted at that range. */
    private record Column(BigDecimal range, @JsonProperty("max_permitted_payload") BigDecimal maxPermittedPayload,
                          @JsonProperty("permitted_points") int permittedPoints, @JsonProperty("payload_limit") String payloadLimit) {}

    private record RevisionBoundary(String revision, List<Column> boundary) {}

    @Override
    public void end(Void nothing) throws IOException {
        mgc.output.JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
