package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every string a user wrote (system names, file names, a hypothetical revision's title, citations,
 * readings and notes) reaches the terminal escaped: no escape sequence, bidi override or other
 * control character from a file is ever obeyed by the terminal. JSON carries them escaped by
 * Jackson and reads back unchanged.
 */
class EscapingTest {

    @TempDir
    Path dir;

    private static final String REVISION = """
            id: sneaky
            title: "Title \\e]0;pwned\\a with \\e[2J escapes"
            date: 2030
            extends: "2012"
            sources:
              - {id: me, cite: "cite \\e[31mred\\e[0m \\u202Ereversed\\u202C"}
            terms:
              ballistic-missile:
                max-range: {limit: 1 km, source: [me], reading: "reading \\x9B31m C1 control \\u2028 line separator"}
            notes: ["note \\b\\b\\b backspaces"]
            """;

    private static final String SPEC = """
            name: "system \\e[1;31mBOLD\\e[0m \\u2066isolate\\u2069 \\r carriage return"
            type: ballistic-missile
            range: 100 km
            payload: 100 kg
            """;

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path[] files() throws IOException {
        Path revision = Files.writeString(dir.resolve("revision \u001b[7m.yaml"), REVISION);
        Path spec = Files.writeString(dir.resolve("spec \u001b[5mblink\u001b[0m.yaml"), SPEC);
        return new Path[] {revision, spec};
    }

    private static void assertNoControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (Character.isISOControl(c) && c != '\n') || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            assertThat(control).as("raw U+%04X at %d in:%n%s", (int) c, i, text).isFalse();
        }
    }

    @Test
    void textOutputEscapesEveryUserString() throws IOException {
        Path[] files = files();
        Run check = run("check", "--revision-file", files[0].toString(), files[1].toString());
        assertThat(check.status()).isEqualTo(ExitStatus.FINDINGS);
        assertNoControlCharacters(check.out());
        assertNoControlCharacters(check.err());
        assertThat(check.out()).contains("system \\u001B[1;31mBOLD\\u001B[0m \\u2066isolate\\u2069 \\u000D carriage return")
                .contains("spec \\u001B[5mblink\\u001B[0m.yaml:1:1")
                .contains("cite \\u001B[31mred\\u001B[0m \\u202Ereversed\\u202C")
                .contains("reading \\u009B31m C1 control \\u2028 line separator");

        Run list = run("revisions", "--revision-file", files[0].toString());
        assertThat(list.status()).isEqualTo(ExitStatus.OK);
        assertNoControlCharacters(list.out());
        assertThat(list.out()).contains("(hypothetical) Title \\u001B]0;pwned\\u0007 with \\u001B[2J escapes");

        Run show = run("revisions", "--revision-file", files[0].toString(), "show", "sneaky");
        assertNoControlCharacters(show.out());
        assertThat(show.out()).contains("file: " + dir + "/revision \\u001B[7m.yaml").contains("note \\u0008\\u0008\\u0008 backspaces");
    }

    @Test
    void errorsNamingABadFileEscapeItsName() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad \u001b[31m\u202e.yaml"), "name: [\n");
        Run check = run("check", bad.toString());
        assertThat(check.status()).isEqualTo(ExitStatus.ERROR);
        assertNoControlCharacters(check.err());
        assertThat(check.err()).contains("bad \\u001B[31m\\u202E.yaml:");
    }

    @Test
    void jsonOutputEscapesControlCharactersAndKeepsTheText() throws IOException {
        Path[] files = files();
        Run check = run("check", "--format", "json", "--revision-file", files[0].toString(), files[1].toString());
        assertThat(check.status()).isEqualTo(ExitStatus.FINDINGS);
        assertNoControlCharacters(check.out());
        assertThat(check.out()).contains("\\u001B[1;31mBOLD").contains("\\u009B31m").contains("\\u202E");
        JsonNode results = new ObjectMapper().readTree(check.out()).get("results");
        JsonNode sneaky = null;
        for (JsonNode result : results) {
            assertThat(result.get("system").asText()).isEqualTo(
                    "system \u001b[1;31mBOLD\u001b[0m \u2066isolate\u2069 \r carriage return");
            assertThat(result.get("file").asText()).isEqualTo(files[1].toString());
            if (result.get("revision").asText().equals("sneaky")) {
                sneaky = result;
            }
        }
        assertThat(sneaky).isNotNull();
        assertThat(sneaky.get("findings").get(0).get("source").asText()).isEqualTo("cite \u001b[31mred\u001b[0m \u202Ereversed\u202C");
        assertThat(List.of(check.out().split("\n"))).allSatisfy(line -> assertThat(line).doesNotContain("\r"));
    }
}
