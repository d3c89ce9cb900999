package mgc.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Optional;
import mgc.spec.Interval;
import mgc.units.Numbers;
import mgc.whatif.BoxVerdict;
import mgc.whatif.Nearest;

/**
 * The JSON of the what-ifs, shared by the JSON and JSON Lines reports: an interval input, a
 * verdict over a box ({@code box}) and the nearest permitted designs ({@code nearest}).
 */
final class WhatIfJson {

    private WhatIfJson() {}

    /** An uncertain input: {@code "range": {"min": 780, "max": 820, "unit": "km", "written": "780..820 km"}}. */
    static void interval(JsonGenerator json, String field, String unit, Optional<Interval> interval) throws IOException {
        if (interval.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeNumberField("min", Numbers.plain(interval.get().min().value()));
        json.writeNumberField("max", Numbers.plain(interval.get().max().value()));
        json.writeStringField("unit", unit);
        json.writeStringField("written", interval.get().min().written() + ".." + interval.get().max().written());
        json.writeEndObject();
    }

    static void box(JsonGenerator json, BoxVerdict box) throws IOException {
        json.writeObjectFieldStart("box");
        json.writeStringField("verdict", box.decision().id());
        if (!box.prohibitedWhere().isEmpty()) {
            json.writeStringField("prohibited_where", box.prohibitedWhere());
        }
        json.writeArrayFieldStart("parts");
        for (BoxVerdict.Part part : box.parts()) {
            json.writeStartObject();
            json.writeStringField("description", part.description());
            if (part.range().isPresent()) {
                json.writeFieldName("range");
                bounds(json, part.range().get());
            }
            above(json, "payload", part.payload());
            above(json, "total_impulse", part.totalImpulse());
            json.writeEndObject();
        }
        json.writeEndArray();
        witness(json, "permitted_witness", box.permitted());
        witness(json, "prohibited_witness", box.prohibited());
        json.writeEndObject();
    }

    static void nearest(JsonGenerator json, Nearest nearest) throws IOException {
        json.writeObjectFieldStart("nearest");
        json.writeStringField("description", nearest.describe());
        json.writeArrayFieldStart("changes");
        for (Nearest.Change change : nearest.changes()) {
            json.writeStartObject();
            json.writeStringField("field", change.field());
            if (change.propellant().isPresent()) {
                json.writeStringField("to", change.propellant().get());
            } else {
                json.writeNumberField("from", Numbers.plain(change.from()));
                json.writeNumberField("to", Numbers.plain(change.to()));
                json.writeBooleanField("inclusive", change.inclusive());
                json.writeNumberField("change", Numbers.plain(change.delta()));
                json.writeStringField("unit", change.unit());
            }
            if (change.permitted().isPresent()) {
                json.writeFieldName("permitted");
                bounds(json, change.permitted().get());
            }
            json.writeStringField("description", change.description());
            json.writeStringField("witness", change.witness().yaml());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("no_help");
        for (String field : nearest.noHelp()) {
            json.writeString(field);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void bounds(JsonGenerator json, BoxVerdict.Bounds bounds) throws IOException {
        json.writeStartObject();
        json.writeNumberField("from", Numbers.plain(bounds.from()));
        json.writeBooleanField("from_inclusive", bounds.fromInclusive());
        if (bounds.to() == null) {
            json.writeNullField("to");
        } else {
            json.writeNumberField("to", Numbers.plain(bounds.to()));
        }
        json.writeBooleanField("to_inclusive", bounds.toInclusive());
        json.writeStringField("unit", bounds.unit());
        json.writeEndObject();
    }

    private static void above(JsonGenerator json, String field, Optional<BoxVerdict.Above> above) throws IOException {
        if (above.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeArrayFieldStart("limits");
        for (String limit : above.get().limits()) {
            json.writeString(limit);
        }
        json.writeEndArray();
        json.writeBooleanField("inclusive", above.get().inclusive());
        json.writeNumberField("from", Numbers.plain(above.get().fromValue()));
        json.writeNumberField("to", Numbers.plain(above.get().toValue()));
        json.writeStringField("unit", above.get().unit());
        json.writeEndObject();
    }

    private static void witness(JsonGenerator json, String field, Optional<BoxVerdict.Witness> witness) throws IOException {
        if (witness.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(field);
        if (witness.get().spec().range().isPresent()) {
            json.writeNumberField("range_km", Numbers.plain(witness.get().spec().range().get().value()));
        }
        if (witness.get().spec().payload().isPresent()) {
            json.writeNumberField("payload_kg", Numbers.plain(witness.get().spec().payload().get().value()));
        }
        if (witness.get().spec().totalImpulse().isPresent()) {
            json.writeNumberField("total_impulse_ns", Numbers.plain(witness.get().spec().totalImpulse().get().value()));
        }
        json.writeStringField("verdict", witness.get().verdict().decision().id());
        json.writeArrayFieldStart("findings");
        for (mgc.engine.TermOutcome check : witness.get().verdict().findings()) {
            json.writeString(check.rule() + ": " + check.message());
        }
        json.writeEndArray();
        json.writeStringField("yaml", witness.get().yaml());
        json.writeEndObject();
    }
}
