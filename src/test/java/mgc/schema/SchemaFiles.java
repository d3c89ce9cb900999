package mgc.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.Node;

/**
 * The JSON Schemas in schemas/, applied to documents exactly as mgc reads them: the document is
 * first read by mgc's own reader (so scalars have the types mgc gives them), then turned into
 * JSON and validated.
 */
final class SchemaFiles {

    private static final Path FOLDER = Path.of("schemas").toAbsolutePath();
    private static final String BASE = FOLDER.toUri().toString();

    /** Schemas are read from schemas/ (their relative $refs resolve there); nothing is fetched. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(iri -> {
                if (!iri.startsWith(BASE)) {
                    return null;
                }
                try {
                    return Files.readString(FOLDER.resolve(iri.substring(BASE.length())));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));

    private SchemaFiles() {}

    static Schema load(String name) {
        return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
    }

    static List<Error> validate(Schema schema, Node document) throws IOException {
        return schema.validate(json(document), InputFormat.JSON);
    }

    static String json(Node node) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            write(json, node);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, Node node) throws IOException {
        if (node instanceof Node.MapNode map) {
            json.writeStartObject();
            for (Node.Field field : map.fields().values()) {
                json.writeFieldName(field.key());
                write(json, field.value());
            }
            json.writeEndObject();
        } else if (node instanceof Node.ListNode list) {
            json.writeStartArray();
            for (Node item : list.items()) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (node instanceof Node.ScalarNode scalar) {
            switch (scalar.kind()) {
                case STRING -> json.writeString(scalar.text());
                case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(scalar.text()));
                case NULL -> json.writeNull();
                case NUMBER -> {
                    try {
                        json.writeNumber(new BigDecimal(scalar.text().replace("_", "")));
                    } catch (NumberFormatException e) {
                        // A YAML number JSON cannot spell (e.g. .inf): keep it as text, which the schemas refuse too.
                        json.writeString(scalar.text());
                    }
                }
                default -> throw new IllegalStateException(scalar.kind().toString());
            }
        }
    }

    static List<String> messages(List<Error> errors) {
        List<String> out = new ArrayList<>();
        errors.forEach(e -> out.add(e.toString()));
        return out;
    }
}
