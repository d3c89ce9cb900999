package mgc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import mgc.revision.Term;
import org.junit.jupiter.api.Test;

/**
 * The four places a term kind lives in (docs/architecture.md) agree: every record Term permits
 * is in Term's list of kinds, every kind's rule id has a DRL rule pair (a "violated" and a
 * "within" outcome) and every kind's key is a term of the revision schema.
 */
class TermKindsTest {

    @Test
    void everyRecordTermPermitsIsAListedKind() throws Exception {
        List<Term.Kind> listed = new ArrayList<>();
        for (Class<?> kind : Term.class.getPermittedSubclasses()) {
            Field field = kind.getDeclaredField("KIND");
            field.setAccessible(true);
            listed.add((Term.Kind) field.get(null));
        }
        assertThat(Term.kinds()).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(Term.keys()).doesNotHaveDuplicates();
        assertThat(Term.ruleIds()).doesNotHaveDuplicates();
    }

    @Test
    void everyKindsRuleIdHasAnExceededAndAWithinRuleInTheDrl() {
        Map<String, SortedSet<String>> outcomes = ShippedRules.load(List.of()).ruleBase().outcomes();
        for (Term.Kind kind : Term.kinds()) {
            assertThat(outcomes.get(kind.ruleId())).as(kind.ruleId()).contains("violated", "within");
        }
    }

    @Test
    void everyKindIsATermOfTheRevisionSchema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schemas/revision.schema.json").toFile());
        JsonNode terms = holderOf(schema, Term.keys().get(0));
        assertThat(terms).as("the schema object listing the term keys").isNotNull();
        List<String> keys = new ArrayList<>();
        terms.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(Term.keys());
    }

    /** The first object in the tree with a field of this name. */
    private static JsonNode holderOf(JsonNode node, String field) {
        if (node.isObject() && node.has(field)) {
            return node;
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            JsonNode found = holderOf(children.next(), field);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
