package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Hostile strings from a spec file, its file name and a hypothetical revision (markup, a CDATA
 * end, Markdown table syntax, a line break, terminal escapes, bidi overrides) go through every
 * report format end to end, and come out inert: no element or row is injected, XML parses,
 * JSON reads back the same text, and nothing a terminal would obey is left raw.
 */
class ReportEscapingTest {

    @TempDir
    Path dir;

    private static final String NAME = "<script>alert(1)</script> ]]> & \"q\" 'a' | pipe `tick` [x](javascript:alert(1)) "
            + "\u001b[31m \u009b31m \u202e \u007f \u2029";
    private static final String NAME_YAML = "\"<script>alert(1)</script> ]]> & \\\"q\\\" 'a' | pipe `tick` [x](javascript:alert(1)) "
            + "\\e[31m \\x9B31m \\u202E \\x7F \\u2029\\n| injected | row |\"";

    private static final String REVISION = """
            id: hostile
            title: "<img src=x onerror=alert(1)> \\e]0;title\\a"
            date: 2030
            extends: "2012"
            sources:
              - {id: me, cite: "<a href='javascript:alert(1)'>cite</a> | ]]> \\e[2J"}
            terms:
              ballistic-missile:
                max-range: {limit: 1 km, source: [me], reading: "<b>bold</b>\\n# heading \\u2028 \\x85"}
            """;

    private record Run(int status, String out, String err) {}

    private Run check(String format) throws IOException {
        Path revision = Files.writeString(dir.resolve("hostile.yaml"), REVISION);
        Path spec = Files.writeString(dir.resolve("spec <b>\"x\"|&.yaml"),
                "name: " + NAME_YAML + "\ntype: ballistic-missile\nrange: 100 km\npayload: 100 kg\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(new String[] {"check", "--format", format, "--revision-file", revision.toString(), spec.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(err.toString()).as(format).doesNotContain("\tat ").doesNotContain("internal error");
        return new Run(status, out.toString(), err.toString());
    }

    /** C0 controls (but line feed and tab), DEL and C1 controls: what a terminal or an XML parser chokes on. */
    private static void assertNoRawControls(String format, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            assertThat(control).as("%s: raw U+%04X at %d", format, (int) c, i).isFalse();
        }
    }

    @Test
    void html() throws IOException {
        Run run = check("html");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertNoRawControls("html", run.out());
        assertThat(run.out()).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<a href='javascript")
                .doesNotContain("<b>bold").doesNotContain("<b>\"x\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void junitXmlParsesAndHoldsNoInjectedElements() throws Exception {
        Run run = check("junit");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertNoRawControls("junit", run.out());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getElementsByTagName("script").getLength()).isZero();
        assertThat(xml.getElementsByTagName("a").getLength()).isZero();
        assertThat(xml.getElementsByTagName("b").getLength()).isZero();
        assertThat(xml.getElementsByTagName("testcase").getLength()).isPositive();
    }

    @Test
    void markdownInjectsNoRowHeadingOrMarkup() throws IOException {
        Run run = check("markdown");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertNoRawControls("markdown", run.out());
        assertThat(run.out()).doesNotContain("<script>").doesNotContain("<img").doesNotContain("<b>").doesNotContain("<a href");
        assertThat(run.out().lines()).noneMatch(l -> l.startsWith("| injected")).noneMatch(l -> l.startsWith("# heading"));
        for (String line : run.out().lines().filter(l -> l.startsWith("| ") && l.contains("script")).toList()) {
            assertThat(line.split("(?<!\\\\)\\|", -1).length).as("cells in %s", line)
                    .isEqualTo(run.out().lines().filter(l -> l.startsWith("| ")).findFirst().orElseThrow().split("(?<!\\\\)\\|", -1).length);
        }
    }

    @Test
    void sarifReadsBackTheSameTextWithNothingRaw() throws IOException {
        Run run = check("sarif");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertNoRawControls("sarif", run.out());
        assertThat(run.out()).doesNotContain("\u202e").doesNotContain("\u2028");
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(sarif.toString()).contains("<script>alert(1)</script>");
    }

    @Test
    void jsonReadsBackTheSameTextWithNothingRaw() throws IOException {
        Run run = check("json");
        assertNoRawControls("json", run.out());
        assertThat(run.out()).doesNotContain("\u202e").doesNotContain("\u2028");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("results").get(0).get("system").asText()).isEqualTo(NAME + "\n| injected | row |");
    }

    @Test
    void jsonLinesEscapesWhatJsonEscapesAndReadsBackTheSameText() throws IOException {
        Run run = check("jsonl");
        assertNoRawControls("jsonl", run.out());
        assertThat(run.out()).doesNotContain("\u202e").doesNotContain("\u2028").doesNotContain("\u2029")
                .contains("\\u009B31m").contains("\\u007F").contains("\\u2029").contains("\\u202E");
        JsonNode first = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(first.get("system").asText()).isEqualTo(NAME + "\n| injected | row |");
    }

    /**
     * A JSON Lines batch goes through the hand-written line encoder on the workers, not through
     * Jackson: its lines escape the same characters (U+202E, C1 controls such as U+009B, DEL,
     * U+2028/9) and read back the same name, on one thread and on several.
     */
    @Test
    void aJsonLinesBatchThroughTheFastEncoderEscapesWhatJsonEscapes() throws IOException {
        String name = "bidi \u202e c1 \u009b31m del \u007f sep \u2028 \u2029 quote \" nl";
        String line = "{\"name\":" + new ObjectMapper().writeValueAsString(name)
                + ",\"type\":\"ballistic-missile\",\"range\":\"900 km\",\"payload\":\"100 kg\"}\n";
        Path batch = Files.writeString(dir.resolve("batch.jsonl"), line.repeat(3));
        for (String threads : new String[] {"1", "2"}) {
            StringWriter out = new StringWriter();
            Main.run(new String[] {"check", "--format", "jsonl", "--threads", threads, batch.toString()},
                    new PrintWriter(out), new PrintWriter(new StringWriter()));
            assertNoRawControls("jsonl --threads " + threads, out.toString());
            assertThat(out.toString()).as(threads).doesNotContain("\u202e").doesNotContain("\u2028").doesNotContain("\u2029")
                    .contains("\\u202E").contains("\\u009B31m").contains("\\u007F").contains("\\u2028").contains("\\u2029");
            JsonNode first = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
            assertThat(first.get("kind").asText()).isEqualTo("result");
            assertThat(first.get("system").asText()).isEqualTo(name);
        }
    }

    @Test
    void text() throws IOException {
        Run run = check("text");
        assertNoRawControls("text", run.out());
        assertThat(run.out().lines()).noneMatch(l -> l.startsWith("| injected"));
    }
}
