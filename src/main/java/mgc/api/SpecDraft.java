package mgc.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import mgc.document.Format;

/**
 * What a {@link Spec.Builder} was given, each value as a spec file writes it (null when not
 * given). It is built by writing it as a spec document and reading that with the spec reader, so
 * a built spec is held to exactly the rules (and the exact unit conversion) of a spec file.
 */
record SpecDraft(String name, Spec.Type type, String range, String payload, Spec.Propellant propellant,
                 String totalImpulse, List<Stage> stages, String losses, String diameter, Double dragCoefficient) {

    SpecDraft {
        stages = List.copyOf(stages);
    }

    /** The spec, or every problem named for {@code Spec "NAME"} at no line. */
    Spec build() {
        String described = "Spec \"" + name + "\"";
        try {
            return SpecDocuments.read(described, json(), Format.JSON).get(0);
        } catch (MgcException e) {
            // The positions are in the generated text, which the caller never saw.
            throw new MgcException(e.errors().stream()
                    .map(err -> new MgcException.Error(described, 0, 0, err.field(), err.message())).toList());
        }
    }

    private String json() {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("name", name);
            json.writeStringField("type", type.id());
            field(json, "range", range);
            field(json, "payload", payload);
            if (propellant != null) {
                json.writeStringField("propellant", propellant.id());
            }
            field(json, "total_impulse", totalImpulse);
            if (!stages.isEmpty()) {
                json.writeArrayFieldStart("stages");
                for (Stage stage : stages) {
                    stage.write(json);
                }
                json.writeEndArray();
            }
            field(json, "losses", losses);
            field(json, "diameter", diameter);
            if (dragCoefficient != null) {
                json.writeNumberField("drag_coefficient", dragCoefficient);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void field(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
