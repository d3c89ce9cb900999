package mgc.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import mgc.document.InputError;

/**
 * The one JSON shape of an input error, {@code {"file","line","column","field","message"}},
 * shared by every JSON output (check, test, compare, JSON Lines) so tools parse them alike.
 */
public final class InputErrorJson {

    private InputErrorJson() {}

    /** Writes the error's fields into the object the generator is in. */
    public static void writeFields(JsonGenerator json, InputError error) throws IOException {
        json.writeStringField("file", error.file());
        json.writeNumberField("line", error.line());
        json.writeNumberField("column", error.column());
        if (error.field() == null) {
            json.writeNullField("field");
        } else {
            json.writeStringField("field", error.field());
        }
        json.writeStringField("message", error.message());
    }

    /** Writes {@code "name": [ {error}, ... ]}. */
    public static void writeArray(JsonGenerator json, String name, List<InputError> errors) throws IOException {
        json.writeArrayFieldStart(name);
        for (InputError error : errors) {
            json.writeStartObject();
            writeFields(json, error);
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
