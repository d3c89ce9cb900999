package mgc.output;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import mgc.document.InputError;

/**
 * The one JSON shape of an input error, {@code {"file","line","column","field","message"}}
 * ({@code field} null when the error is of no one field), shared by every JSON output (check,
 * test, compare, JSON Lines) so tools parse them alike.
 */
public record InputErrorJson(String file, int line, int column, String field, String message) {

    public static InputErrorJson of(InputError error) {
        return new InputErrorJson(error.file(), error.line(), error.column(), error.field(), error.message());
    }

    /** A JSON Lines line: {@code {"kind":"error", file, line, column, field, message}}. */
    public record Line(String kind, @JsonUnwrapped InputErrorJson error) {
        public Line(InputError error) {
            this("error", of(error));
        }
    }

    /** Writes {@code "name": [ {error}, ... ]}. */
    public static void writeArray(JsonGenerator json, String name, List<InputError> errors) throws IOException {
        JsonOutput.field(json, name, errors.stream().map(InputErrorJson::of).toList());
    }
}
