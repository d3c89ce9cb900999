package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults while writing a report with {@code --output}, in a real process running the shaded jar
 * (so this runs under Failsafe, after {@code package}): interrupted with Ctrl-C (SIGINT) in the
 * middle of a batch, and a disk that fills up mid-write (a file-size limit, {@code ulimit -f}).
 * Either way the report file is not created (or an old one is left untouched) and no partial
 * or temporary file is left behind.
 */
class OutputFaultsIT {

    private static final Path JAR = Path.of("target", "mgc-cli.jar").toAbsolutePath();

    @TempDir
    Path dir;

    private Path out;
    private Path specs;

    @BeforeEach
    void batch() throws IOException {
        assertThat(JAR).as("run after mvn package").exists();
        out = Files.createDirectories(dir.resolve("out"));
        specs = Files.createDirectories(dir.resolve("specs"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(specs.resolve(String.format("spec-%03d.yaml", i)),
                    "name: system-" + i + "\ntype: ballistic-missile\nrange: " + (100 + i) + " km\npayload: 500 kg\n");
        }
    }

    private List<String> command(Path report) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:-UsePerfData", "-jar", JAR.toString(),
                "check", "--all-revisions", "--format", "json", "--output", report.toString(), specs.toString()));
        return command;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void ctrlCInTheMiddleOfABatchLeavesNoPartialReport() throws Exception {
        Path report = out.resolve("report.json");
        Files.writeString(report, "the previous report\n");
        List<String> command = command(report);
        // The batch ends by reading standard input, which is never closed: the run is surely in
        // the middle of its report (the 400 files' results already written) when Ctrl-C comes.
        command.add("-");
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        try {
            Path temporary = awaitPartialReport(process);
            assertThat(Files.size(temporary)).as("results were being written").isPositive();
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("mgc stops on SIGINT").isTrue();
            assertThat(process.exitValue()).isNotZero();
            assertThat(filesIn(out)).as("only the old report, no partial or temporary file").containsExactly(report);
            assertThat(Files.readString(report)).isEqualTo("the previous report\n");
        } finally {
            process.destroyForcibly();
        }
    }

    /** Waits for the report's temporary file to hold some of the results. */
    private Path awaitPartialReport(Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("mgc still running; stderr: %s", Files.readString(dir.resolve("stderr.txt"))).isTrue();
            for (Path file : filesIn(out)) {
                if (file.getFileName().toString().endsWith(".tmp") && Files.size(file) > 16_384) {
                    return file;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no partial report appeared; stderr: " + Files.readString(dir.resolve("stderr.txt")));
    }

    @Test
    void aDiskThatFillsUpMidWriteGivesACleanErrorAndNoPartialReport() throws Exception {
        Path report = out.resolve("report.json");
        // ulimit -f 64: files may grow to 64 KiB; the report is far larger, so a write fails
        // part-way with "File too large", as it would on a full disk.
        String shell = "ulimit -f 64 && exec " + String.join(" ", command(report).stream().map(OutputFaultsIT::quote).toList());
        Process process = new ProcessBuilder("bash", "-c", shell).redirectError(dir.resolve("stderr.txt").toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(process.exitValue()).as(stderr).isEqualTo(ExitStatus.ERROR);
        assertThat(stderr).startsWith("error: " + report + ": --output: cannot write").doesNotContain("\tat ");
        assertThat(filesIn(out)).as("no report and no temporary file").isEmpty();
    }

    @Test
    void anUnwritableOutputIsAClearErrorAndWritesNothing() throws Exception {
        Path notAFolder = Files.writeString(out.resolve("plain-file"), "x");
        for (Path report : List.of(out.resolve("missing-folder").resolve("report.json"), notAFolder.resolve("report.json"), out)) {
            Process process = new ProcessBuilder(command(report)).redirectError(dir.resolve("stderr.txt").toFile())
                    .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String stderr = Files.readString(dir.resolve("stderr.txt"));
            assertThat(process.exitValue()).as(stderr).isEqualTo(ExitStatus.ERROR);
            assertThat(stderr).as(report.toString()).startsWith("error: " + report + ": --output: cannot write: ")
                    .doesNotContain("\tat ");
            assertThat(Files.readString(dir.resolve("stdout.txt"))).isEmpty();
            assertThat(filesIn(out)).containsExactly(notAFolder);
        }
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
