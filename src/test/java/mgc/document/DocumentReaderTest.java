package mgc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mgc.spelling.Spelling;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    private List<Node> yaml(String text) throws InputException {
        return reader.read("f.yaml", text.getBytes(StandardCharsets.UTF_8), Format.YAML);
    }

    private InputError yamlError(String text) {
        try {
            yaml(text);
        } catch (InputException e) {
            return e.errors().get(0);
        }
        throw new AssertionError("expected an error for: " + text);
    }

    @Test
    void keepsLocationsOfKeysAndValues() throws Exception {
        Node.MapNode map = (Node.MapNode) yaml("# comment\nname: X\nrange: 800 km\n").get(0);

        Node.Field range = map.fields().get("range");
        assertThat(range.keyLocation()).isEqualTo(new Location("f.yaml", 3, 1));
        assertThat(range.value().location()).isEqualTo(new Location("f.yaml", 3, 8));
    }

    @Test
    void readsEveryYamlDocument() throws Exception {
        assertThat(yaml("a: 1\n---\na: 2\n")).hasSize(2);
    }

    @Test
    void namesBothPlacesOfADuplicateKey() {
        InputError error = yamlError("name: a\nrange: 1\nname: b\n");

        assertThat(error.describe()).isEqualTo("f.yaml:3:1: name: duplicate key (first at line 1, column 1)");
    }

    @Test
    void refusesAliasesAnchorsAndTags() {
        assertThat(yamlError("a: &x [1]\nb: 2\n").message()).contains("anchors");
        assertThat(yamlError("a: 1\nb: *x\n").message()).contains("aliases");
        assertThat(yamlError("a: !!java.net.URL [\"http://x\"]\n").message()).contains("tags");
    }

    @Test
    void refusesDeepNesting() {
        String deep = "a: " + "[".repeat(100) + "]".repeat(100) + "\n";
        assertThat(yamlError(deep).message()).containsAnyOf("nesting", "depth");
    }

    @Test
    void refusesBadUtf8AtItsPlace() {
        byte[] bytes = "name: ok\nrange: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("f.yaml", bytes, Format.YAML))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.errors().get(0).line()).isEqualTo(2);
                    assertThat(e.errors().get(0).column()).isEqualTo(8);
                    assertThat(e.errors().get(0).message()).contains("not valid UTF-8");
                });
    }

    @Test
    void refusesEmptyFilesAndTrailingJson() {
        assertThat(yamlError("# only a comment\n").message()).contains("empty");
        assertThatThrownBy(() -> reader.read("f.json", "{} {}".getBytes(StandardCharsets.UTF_8), Format.JSON))
                .hasMessageContaining("unexpected content after the JSON value");
    }

    @Test
    void reportsSyntaxErrorsWithLineAndColumn() {
        InputError error = yamlError("name: [unclosed\nrange: 1\n");
        assertThat(error.line()).isPositive();
        assertThat(error.message()).startsWith("syntax error");
    }

    @Test
    void refusesOversizedInputWithoutReadingIt() {
        DocumentReader small = new DocumentReader(ReadLimits.defaults().withMaxFileBytes(10));
        assertThatThrownBy(() -> small.readBounded("<stdin>", new java.io.ByteArrayInputStream(new byte[100])))
                .hasMessageContaining("over the limit of 10 bytes");
    }

    @Test
    void suggestsTheNearestName() {
        assertThat(Spelling.nearest("rnage", List.of("name", "range"))).contains("range");
        assertThat(Spelling.nearest("total-impulse", List.of("total_impulse", "type"))).contains("total_impulse");
        assertThat(Spelling.nearest("zzzzzz", List.of("name", "range"))).isEmpty();
    }
}
