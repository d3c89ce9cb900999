package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults in a batch: one bad file among thousands never costs the others their results. */
class FaultsTest {

    private static final int FILES = 2000;
    private static final int BROKEN = 1234;

    @TempDir
    Path dir;

    private List<String> batch() throws IOException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path file = dir.resolve(String.format("spec-%04d.yaml", i));
            String text = i == BROKEN ? "name: broken\ntype: uav\nrange: [\n"
                    : "name: system-" + i + "\ntype: ballistic-missile\nrange: " + (100 + i % 900) + " km\npayload: 500 kg\n";
            Files.writeString(file, text);
            files.add(file.toString());
        }
        return files;
    }

    private static String[] args(String format, List<String> files) {
        List<String> args = new ArrayList<>(List.of("check", "--all-revisions", "--format", format));
        args.addAll(files);
        return args.toArray(String[]::new);
    }

    @Test
    void oneBrokenFileInTwoThousandLosesNoOtherResult_text() throws IOException {
        List<String> files = batch();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args("text", files), new PrintWriter(out), new PrintWriter(err));
        assertThat(status).isEqualTo(ExitStatus.ERROR);
        assertThat(err.toString().lines().filter(l -> l.startsWith("error: ")).toList())
                .containsExactly("error: " + files.get(BROKEN) + ":4:1: syntax error: expected the node content, but found '<stream end>' (while parsing a flow node at line 4, column 1)");
        assertThat(out.toString()).endsWith("1999 systems in 2000 files x 6 revisions: "
                + countPermitted(out.toString()) + " permitted, " + (1999 * 6 - countPermitted(out.toString()))
                + " prohibited, 1 error\n");
        for (int i = 0; i < FILES; i++) {
            if (i != BROKEN) {
                assertThat(out.toString()).contains("system-" + i + "  ballistic-missile");
            }
        }
    }

    @Test
    void oneBrokenFileInTwoThousandLosesNoOtherResult_json() throws IOException {
        List<String> files = batch();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args("json", files), new PrintWriter(out), new PrintWriter(err));
        assertThat(status).isEqualTo(ExitStatus.ERROR);
        JsonNode report = new ObjectMapper().readTree(out.toString());
        Set<String> systems = new HashSet<>();
        report.get("results").forEach(r -> systems.add(r.get("system").asText()));
        assertThat(systems).hasSize(FILES - 1).doesNotContain("broken");
        assertThat(report.get("results")).hasSize((FILES - 1) * 6);
        assertThat(report.get("errors")).hasSize(1);
        assertThat(report.get("errors").get(0).get("file").asText()).isEqualTo(files.get(BROKEN));
        assertThat(report.get("summary").get("files").asInt()).isEqualTo(FILES);
        assertThat(report.get("summary").get("systems").asInt()).isEqualTo(FILES - 1);
    }

    private static int countPermitted(String text) {
        return (int) text.lines().filter(l -> l.matches("  \\S.*  permitted.*")).count();
    }
}
