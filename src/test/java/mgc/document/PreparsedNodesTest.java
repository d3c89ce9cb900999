package mgc.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mgc.engine.RulesDirectory;
import org.junit.jupiter.api.Test;

/**
 * The packaged revisions are read from node trees written at build time: they must be the very
 * trees the YAML parser gives for the same files, locations and field order included.
 */
class PreparsedNodesTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void everyPackagedRevisionDecodesToTheTreesItsYamlParsesTo() throws Exception {
        List<InputFile> files = RulesDirectory.packaged().revisionFiles();
        assertThat(files).hasSizeGreaterThan(5);
        for (InputFile file : files) {
            byte[] yaml;
            try (InputStream in = file.open()) {
                yaml = in.readAllBytes();
            }
            List<Node> parsed = reader.read(file.name(), yaml, Format.YAML);
            assertThat(PreparsedNodes.read(file)).as(file.name()).isPresent();
            List<Node> preparsed = reader.read(file);
            assertThat(preparsed).as(file.name()).isEqualTo(parsed);
            assertThat(preparsed.toString()).as(file.name() + ", field order").isEqualTo(parsed.toString());
        }
    }

    @Test
    void textsOfAnyShapeRoundTrip() throws Exception {
        String yaml = """
                "": empty key
                multi: |
                  line one
                  5:not a length
                unicode: "핵 \\U0001F680 \\u00e9"
                numbers: [1, -2.5e3, 0x1F]
                flags: {on: true, off: null}
                nested:
                  - - deep
                    - {k: "a: b"}
                ---
                second: document
                """;
        List<Node> parsed = reader.read("t.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML);
        List<Node> decoded = PreparsedNodes.decode("t.yaml", PreparsedNodes.encode(parsed));
        assertThat(decoded).isEqualTo(parsed).hasSize(2);
        assertThat(decoded.toString()).isEqualTo(parsed.toString());
    }

    @Test
    void aPackagedFileWithoutPreparsedNodesIsParsedAsYaml() throws Exception {
        InputFile withoutNodes = InputFile.packaged("mgc-rules/guideline.drl", "rules/guideline.drl");
        assertThat(PreparsedNodes.read(withoutNodes)).isEmpty();
    }

    @Test
    void shippedFilesAreNotHeldToTheUsersInputLimits() throws Exception {
        DocumentReader small = new DocumentReader(ReadLimits.defaults().withMaxFileBytes(100));
        for (InputFile file : RulesDirectory.packaged().revisionFiles()) {
            assertThat(small.read(file)).as(file.name()).isNotEmpty();
        }
    }
}
