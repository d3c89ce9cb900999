package mgc.report;

import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Result;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes java-sarif's model objects into a streaming generator, one object at a time. The model
 * leaves out every value equal to the schema's default; a result keeps its {@code kind}, so each
 * says "fail" as code-scanning services show it (its other defaults, rank and ruleIndex -1, are
 * left unset by {@link SarifReport}).
 */
final class SarifModel {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private abstract static class ResultWithItsKind {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Result.class, ResultWithItsKind.class)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private SarifModel() {}

    /**
     * A property bag that keeps its properties in the order they are set (the model's is a
     * HashMap), so a result reads system, type, revision, verdict, ... as before.
     */
    static final class OrderedPropertyBag extends PropertyBag {
        private final Map<String, Object> properties = new LinkedHashMap<>();

        @Override
        public Map<String, Object> getAdditionalProperties() {
            return properties;
        }

        @Override
        public void setAdditionalProperty(String name, Object value) {
            properties.put(name, value);
        }

        @Override
        public OrderedPropertyBag withAdditionalProperty(String name, Object value) {
            properties.put(name, value);
            return this;
        }
    }

    static OrderedPropertyBag properties() {
        return new OrderedPropertyBag();
    }

    static void write(JsonGenerator json, Object model) throws IOException {
        MAPPER.writeValue(json, model);
    }
}
