package mgc.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

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

    /**
     * Jackson databind over the same generators: a report builds a record (or a list of them) for
     * each result and writes it as it comes. Record components are written in declaration order,
     * nulls as null unless a component says otherwise ({@code @JsonInclude(NON_NULL)}), decimals
     * plain (the generator's setting), so a record writes what the hand-written calls wrote.
     */
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** Writes {@code value} (a record, a list, a string...) as the next value in the generator. */
    public static void write(JsonGenerator json, Object value) throws IOException {
        MAPPER.writeValue(json, value);
    }

    /** Writes {@code "field": value}. */
    public static void field(JsonGenerator json, String field, Object value) throws IOException {
        json.writeFieldName(field);
        MAPPER.writeValue(json, value);
    }

    /** The counts of a check run, as written in every JSON format's summary. */
    public record Summary(int files, int systems, int revisions, int permitted, int prohibited, int depends, int errors) {

        public static Summary of(RunSummary summary) {
            return new Summary(summary.files(), summary.systems(), summary.revisions(), summary.permitted(), summary.prohibited(),
                    summary.depends(), summary.errors());
        }
    }

    /** What a verdict needs to be replayed: {@code {"tool":"mgc","version","ruleBaseDigest","revisions","asOf"}}. */
    public record ProvenanceJson(String tool, String version, String ruleBaseDigest, List<String> revisions, List<String> asOf) {

        public static ProvenanceJson of(Provenance provenance) {
            return new ProvenanceJson("mgc", provenance.toolVersion(), provenance.ruleBaseDigest(), provenance.revisions(),
                    provenance.dating());
        }
    }

    /** {@code "provenance":{"tool":"mgc","version":..,"ruleBaseDigest":..,"revisions":[..],"asOf":[..]}}. */
    public static void provenance(JsonGenerator json, Provenance provenance) throws IOException {
        field(json, "provenance", ProvenanceJson.of(provenance));
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
