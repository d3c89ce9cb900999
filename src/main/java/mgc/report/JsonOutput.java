package mgc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way mgc's pretty JSON documents are written (check, SARIF, test, compare, sweep):
 * two-space indent with "\n" on every platform, plain decimals, control and bidi characters
 * escaped, and the caller's writer left open. Shared so every document is byte-stable alike.
 */
public final class JsonOutput {

    private JsonOutput() {}

    public static JsonGenerator generator(Writer out) throws IOException {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        JsonGenerator json = new JsonFactory().createGenerator(out).setPrettyPrinter(pretty);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        json.setCharacterEscapes(new JsonEscapes());
        return json;
    }

    /** The counts of a check run, as fields of the object the generator is in. */
    public static void summaryFields(JsonGenerator json, RunSummary summary) throws IOException {
        json.writeNumberField("files", summary.files());
        json.writeNumberField("systems", summary.systems());
        json.writeNumberField("revisions", summary.revisions());
        json.writeNumberField("permitted", summary.permitted());
        json.writeNumberField("prohibited", summary.prohibited());
        json.writeNumberField("depends", summary.depends());
        json.writeNumberField("errors", summary.errors());
    }

    /**
     * {@code "provenance":{"tool":"mgc","version":..,"ruleBaseDigest":..,"revisions":[..],"asOf":[..]}}:
     * what a verdict needs to be replayed.
     */
    public static void provenance(JsonGenerator json, Provenance provenance) throws IOException {
        json.writeObjectFieldStart("provenance");
        json.writeStringField("tool", "mgc");
        json.writeStringField("version", provenance.toolVersion());
        json.writeStringField("ruleBaseDigest", provenance.ruleBaseDigest());
        stringArray(json, "revisions", provenance.revisions());
        stringArray(json, "asOf", provenance.dating());
        json.writeEndObject();
    }

    /** {@code "field":["a","b",..]}: the one way every JSON writer puts a list of strings. */
    public static void stringArray(JsonGenerator json, String field, Iterable<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
