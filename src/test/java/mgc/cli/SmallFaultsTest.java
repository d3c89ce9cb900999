package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smaller faults of the adversarial run (issue 17, item 8), each through the command line. */
class SmallFaultsTest {

    private static final String SPEC = "name: S\ntype: ballistic-missile\nrange: 300 km\npayload: 500 kg\n";

    @TempDir
    Path dir;

    @Test
    void aBrokenRevisionFileSaysWhyItsRevisionIsUnknown() throws IOException {
        Path revision = Files.writeString(dir.resolve("mine.yaml"), "id: mine\ntitle: Mine\ndate: 2030\nextends: \"2012\"\nbogus: 1\n");
        Path spec = Files.writeString(dir.resolve("s.yaml"), SPEC);
        Cli.Run run = Cli.run("check", "--revision-file", revision.toString(), "--revision", "mine", spec.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains(revision + ":5:1").contains("bogus")
                .contains("unknown revision \"mine\"").contains("a --revision-file has errors, above");
        assertThat(run.err().indexOf("bogus")).isLessThan(run.err().indexOf("unknown revision"));
    }

    @Test
    void anUnknownRevisionWithNoBrokenFileIsAsBefore() throws IOException {
        Path spec = Files.writeString(dir.resolve("s.yaml"), SPEC);
        Cli.Run run = Cli.run("check", "--revision", "nope", spec.toString());
        assertThat(run.err()).contains("unknown revision \"nope\"").doesNotContain("--revision-file has errors");
    }

    @Test
    void aLoneSurrogateIsRefusedWhereItIsWritten() throws IOException {
        Path json = Files.writeString(dir.resolve("s.json"),
                "{\"name\": \"x \\ud800 y\", \"type\": \"ballistic-missile\", \"range\": \"300 km\", \"payload\": \"500 kg\"}");
        Path lines = Files.writeString(dir.resolve("s.jsonl"),
                "{\"name\": \"ok \\ud83d\\ude00\", \"type\": \"ballistic-missile\", \"range\": \"300 km\", \"payload\": \"500 kg\"}\n"
                        + "{\"name\": \"x\", \"type\": \"ballistic-missile\", \"range\": \"300 km\", \"payload\": \"500 kg\", \"note\": \"\\udc00\"}\n");
        Path yaml = Files.writeString(dir.resolve("s.yaml"), "name: \"x \\uD800\"\ntype: ballistic-missile\nrange: 300 km\npayload: 500 kg\n");
        Cli.Run run = Cli.run("check", "--format", "jsonl", json.toString(), lines.toString(), yaml.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.out()).contains("\"ok \uD83D\uDE00\"").doesNotContain("?");
        assertThat(run.out()).contains("\"file\":\"" + json + "\",\"line\":1,\"column\":10,\"field\":\"name\","
                + "\"message\":\"a lone surrogate \\\\uD800 is not a character");
        assertThat(run.out()).contains("\"file\":\"" + lines + "\",\"line\":2");
        assertThat(run.out()).contains("a lone surrogate \\\\uDC00");
        assertThat(run.out()).contains("\"file\":\"" + yaml + "\",\"line\":1");
    }

    @Test
    void verboseShowsTheTraceOfAnInternalError() throws IOException {
        Path spec = Files.writeString(dir.resolve("s.yaml"), SPEC);
        for (boolean verbose : new boolean[] {false, true}) {
            // A writer with a bug: every write throws, which no command expects.
            Writer broken = new Writer() {
                @Override
                public void write(char[] chars, int offset, int length) {
                    throw new IllegalStateException("writer bug");
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            StringWriter err = new StringWriter();
            String[] args = verbose ? new String[] {"check", "--verbose", spec.toString()} : new String[] {"check", spec.toString()};
            int status = Main.run(args, new PrintWriter(broken), new PrintWriter(err));
            assertThat(status).isEqualTo(ExitStatus.ERROR);
            assertThat(err.toString()).contains("error: writer bug");
            if (verbose) {
                assertThat(err.toString()).contains("java.lang.IllegalStateException: writer bug").contains("\tat ");
            } else {
                assertThat(err.toString()).contains("run with --verbose for details").doesNotContain("\tat ");
            }
        }
    }

    @Test
    void outputThroughALinkAndDotDotGoesWhereTheShellWouldPutIt() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("a").resolve("b"));
        Path link = Files.createSymbolicLink(dir.resolve("L"), deep);
        Path spec = Files.writeString(dir.resolve("s.yaml"), SPEC);
        Cli.Run run = Cli.run("check", "--output", link + "/../out.txt", spec.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(dir.resolve("a").resolve("out.txt")).as("L/.. is a/, the parent of a/b").exists();
        assertThat(dir.resolve("out.txt")).as("not the lexical L/.. = the folder holding L").doesNotExist();
    }
}
