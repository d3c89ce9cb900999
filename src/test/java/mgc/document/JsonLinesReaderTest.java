package mgc.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private final DocumentReader reader = new DocumentReader();

    /** Lines (as "number:text") and errors (as file:line:col: message), in order. */
    private static List<String> lines(byte[] bytes, ReadLimits limits) throws Exception {
        List<String> out = new ArrayList<>();
        try (JsonLinesReader lines = new JsonLinesReader("in.jsonl", new ByteArrayInputStream(bytes), limits)) {
            while (true) {
                try {
                    JsonLinesReader.Line line = lines.next();
                    if (line == null) {
                        return out;
                    }
                    out.add(line.number() + ":" + line.text());
                } catch (InputException e) {
                    out.add(e.errors().get(0).describe());
                }
            }
        }
    }

    @Test
    void splitsLinesAcrossBufferBoundariesWithCrLfAndBom() throws Exception {
        StringBuilder text = new StringBuilder("\uFEFF{\"a\":1}\r\n");
        for (int i = 0; i < 5000; i++) {
            text.append("{\"name\":\"system-").append(i).append("-Ω\"}\n");
        }
        text.append("{\"last\":true}");
        List<String> lines = lines(text.toString().getBytes(StandardCharsets.UTF_8), ReadLimits.defaults());
        assertThat(lines).hasSize(5002);
        assertThat(lines.get(0)).isEqualTo("1:{\"a\":1}");
        assertThat(lines.get(4000)).isEqualTo("4001:{\"name\":\"system-3999-Ω\"}");
        assertThat(lines.get(5001)).isEqualTo("5002:{\"last\":true}");
    }

    @Test
    void badUtf8IsAnErrorAtItsLineAndTheRestIsStillRead() throws Exception {
        byte[] bytes = "{\"a\":1}\n{\"b\":\"x\u0000\"}\n{\"c\":3}\n".getBytes(StandardCharsets.UTF_8);
        bytes[14] = (byte) 0xC3; // a lead byte followed by an ASCII byte: malformed
        List<String> lines = lines(bytes, ReadLimits.defaults());
        assertThat(lines).containsExactly("1:{\"a\":1}", "in.jsonl:2:7: not valid UTF-8: byte 0xC3 at offset 6", "3:{\"c\":3}");
    }

    @Test
    void anOverLongLineIsReportedAndSkipped() throws Exception {
        String text = "{\"a\":1}\n{\"long\":\"" + "x".repeat(200) + "\"}\n{\"c\":3}\n";
        List<String> lines = lines(text.getBytes(StandardCharsets.UTF_8), ReadLimits.defaults().withMaxFileBytes(100));
        assertThat(lines).containsExactly("1:{\"a\":1}", "in.jsonl:2:1: line is over the limit of 100 bytes (see --max-file-size)",
                "3:{\"c\":3}");
    }

    @Test
    void aLineIsOneJsonObjectLocatedAtItsLine() throws Exception {
        Node node = reader.readJsonLine("in.jsonl", 41, "{\"name\":\"x\", \"range\":\"800 km\"}");
        assertThat(node).isInstanceOf(Node.MapNode.class);
        Node.MapNode map = (Node.MapNode) node;
        assertThat(map.location()).isEqualTo(new Location("in.jsonl", 41, 1));
        assertThat(map.fields().get("range").value().location()).isEqualTo(new Location("in.jsonl", 41, 22));
    }

    @Test
    void errorsNameLineAndColumn() {
        assertThatThrownBy(() -> reader.readJsonLine("in.jsonl", 7, "{\"a\":1, \"a\":2}"))
                .isInstanceOf(InputException.class).hasMessage("in.jsonl:7:9: a: duplicate key (first at line 7, column 2)");
        assertThatThrownBy(() -> reader.readJsonLine("in.jsonl", 8, "{\"a\":1,}"))
                .hasMessageStartingWith("in.jsonl:8:8: syntax error:");
        assertThatThrownBy(() -> reader.readJsonLine("in.jsonl", 9, "[1,2]"))
                .hasMessage("in.jsonl:9:1: expected a JSON object (one system a line), got a list");
        assertThatThrownBy(() -> reader.readJsonLine("in.jsonl", 10, "{\"a\":1} {\"b\":2}"))
                .hasMessage("in.jsonl:10:9: unexpected content after the JSON object (one system a line)");
        assertThatThrownBy(() -> reader.readJsonLine("in.jsonl", 11, "   "))
                .hasMessage("in.jsonl:11:1: empty line: expected a JSON object");
    }

    @Test
    void aWholeJsonLinesFileReadsAsOneDocumentALine() throws Exception {
        List<Node> documents = reader.read("small.jsonl", "{\"a\":1}\n{\"b\":2}\n".getBytes(StandardCharsets.UTF_8), Format.JSON_LINES);
        assertThat(documents).hasSize(2);
        assertThat(documents.get(1).location().line()).isEqualTo(2);
        assertThat(Format.ofFileName("x.JSONL")).contains(Format.JSON_LINES);
    }
}
