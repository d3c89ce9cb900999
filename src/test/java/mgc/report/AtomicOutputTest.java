package mgc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void commitReplacesTheTargetWhole() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.writer().print("new report");
            // Until the commit, readers still see the old file.
            assertThat(Files.readString(target)).isEqualTo("old");
            out.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new report");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void closingWithoutCommitLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old");
        try (AtomicOutput out = AtomicOutput.create(target)) {
            out.writer().print("half a rep");
            out.writer().flush();
            assertThat(filesIn(dir)).isEqualTo(2);
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aFailureInTheMiddleLeavesNothingHalfWritten() throws IOException {
        Path target = dir.resolve("new.txt");
        assertThatThrownBy(() -> {
            try (AtomicOutput out = AtomicOutput.create(target)) {
                out.writer().print("partial");
                throw new IllegalStateException("boom");
            }
        }).hasMessage("boom");
        assertThat(target).doesNotExist();
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aMissingFolderOrAFolderTargetIsAnError() {
        assertThatThrownBy(() -> AtomicOutput.create(dir.resolve("no/such/report.txt"))).isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> AtomicOutput.create(dir)).isInstanceOf(IOException.class).hasMessageContaining("is a folder");
    }

    @Test
    void checkWritesTheReportToTheFileAndNothingToStdout() throws IOException {
        Path target = dir.resolve("out.json");
        Cli.Run run = Cli.run("check", "--format", "json", "--output", target.toString(), "scenarios/examples/hyunmoo-2c.yaml");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(target)).startsWith("{").contains("\"system\" : \"Hyunmoo-2C\"");
    }

    @Test
    void anUnwritableOutputIsAnInputErrorWithStatus2() {
        Cli.Run run = Cli.run("check", "--output", dir.resolve("missing/out.txt").toString(), "scenarios/examples");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--output: cannot write").doesNotContain("Exception");
    }
}
