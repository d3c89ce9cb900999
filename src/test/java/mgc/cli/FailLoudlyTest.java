package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that checked nothing fails; a run that wrote a file says so; stdin is one file. */
class FailLoudlyTest {

    private static final String EXAMPLE = "scenarios/examples/hyunmoo-2c.yaml";

    @TempDir
    Path dir;

    @Test
    void aFolderWithNoSpecFilesIsAnError() {
        Cli.Run run = Cli.run("check", dir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).isEqualTo("error: " + dir + ": no spec files found in this folder (looked for .yaml, .yml, .json, "
                + ".jsonl); pass --allow-empty if none is expected\n");
        assertThat(run.out()).contains("0 systems in 0 files x 1 revision: 0 permitted, 0 prohibited, 1 error");
    }

    @Test
    void allowEmptyAcceptsIt() {
        Cli.Run run = Cli.run("check", "--allow-empty", dir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theErrorCountsSkippedScenarioAndRevisionFiles() throws Exception {
        Files.writeString(dir.resolve("a.scenario.yaml"), "x: 1\n");
        Files.writeString(dir.resolve("b.revision.yaml"), "x: 1\n");

        Cli.Run run = Cli.run("check", dir.toString());

        assertThat(run.err()).contains("; 2 scenario or revision files skipped)");
    }

    @Test
    void compareWithAnEmptySpecFolderIsAnError() {
        Cli.Run run = Cli.run("compare", "2012", "2017", dir.toString());
        Cli.Run allowed = Cli.run("compare", "--allow-empty", "2017", "2020", dir.toString());

        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("no spec files found in this folder");
        assertThat(allowed.err()).doesNotContain("no spec files found");
    }

    @Test
    void withOutputTheSummaryAndTheFileNameGoToStderr() throws Exception {
        Path report = dir.resolve("report.json");

        Cli.Run run = Cli.run("check", "--format", "json", "--output", report.toString(), EXAMPLE);

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("1 system in 1 file x 1 revision: 1 permitted, 0 prohibited, 0 errors\nwrote " + report + "\n");
        assertThat(Files.readString(report)).startsWith("{");
    }

    @Test
    void sweepAndEnvelopeSayWhatTheyWrote() {
        Path csv = dir.resolve("b.csv");
        Path svg = dir.resolve("e.svg");

        Cli.Run sweep = Cli.run("sweep", "--type", "uav", "--range", "0:10:10", "--payload", "0:10:10", "--output", csv.toString());
        Cli.Run envelope = Cli.run("envelope", "--output", svg.toString());

        assertThat(sweep.err()).isEqualTo("wrote " + csv + "\n");
        assertThat(envelope.err()).isEqualTo("wrote " + svg + "\n");
    }

    @Test
    void anOptionNamedInAnErrorIsNamedOnce() {
        Cli.Run run = Cli.run("sweep", "--type", "uav", "--range", "0:10", "--payload", "0:10:10");

        assertThat(run.err()).startsWith("error: --range: expected MIN:MAX:STEP").doesNotContain("--range: --range");
    }

    private static Cli.Run withStdin(String text, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void stdinCountsAsOneFileBesideOthers() throws Exception {
        Cli.Run run = withStdin(Files.readString(Path.of(EXAMPLE)), "check", "-", "scenarios/examples/hyunmoo-2b.yaml");

        assertThat(run.out()).contains("2 systems in 2 files x 1 revision");
    }

    private static final String TWO_LINES = "{\"name\": \"A\", \"type\": \"uav\", \"range\": \"100 km\", \"payload\": \"10 kg\"}\n"
            + "{\"name\": \"B\", \"type\": \"uav\", \"range\": \"200 km\", \"payload\": \"20 kg\"}\n";

    @Test
    void jsonLinesOnStdinIsDetected() {
        Cli.Run run = withStdin(TWO_LINES, "check", "-");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("2 systems in 1 file x 1 revision: 2 permitted");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonLinesOnStdinCanBeNamed() {
        Cli.Run named = withStdin(TWO_LINES, "check", "--input-format", "jsonl", "--format", "jsonl", "-");
        Cli.Run asYaml = withStdin(TWO_LINES, "check", "--input-format", "yaml", "-");

        assertThat(named.status()).isEqualTo(ExitStatus.OK);
        assertThat(named.out().lines().filter(l -> l.contains("\"kind\":\"result\"")).count()).isEqualTo(2);
        assertThat(named.out()).contains("<stdin>");
        assertThat(asYaml.status()).isEqualTo(ExitStatus.ERROR);
    }

    @Test
    void aPrettyPrintedJsonDocumentOnStdinIsStillOneDocument() {
        Cli.Run run = withStdin("{\n  \"name\": \"A\", \"type\": \"uav\",\n  \"range\": \"100 km\", \"payload\": \"10 kg\"\n}\n", "check", "-");

        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("1 system in 1 file");
    }
}
