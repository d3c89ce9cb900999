package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --max-errors caps the errors text output prints, never the counts or the exit status. */
class MaxErrorsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void fiveBrokenFilesAndOneGood() throws Exception {
        for (int i = 1; i <= 5; i++) {
            Files.writeString(dir.resolve("bad" + i + ".yaml"), "name: B" + i + "\ntype: uav\nrange: far\n");
        }
        Files.writeString(dir.resolve("good.yaml"), "name: G\ntype: uav\nrange: 100 km\npayload: 10 kg\n");
    }

    private long errorLines(Cli.Run run) {
        return run.err().lines().filter(l -> l.startsWith("error: ")).count();
    }

    @Test
    void beyondTheCapTheRestAreCountedNotPrinted() {
        Cli.Run run = Cli.run("check", "--max-errors", "2", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(errorLines(run)).isEqualTo(2);
        assertThat(run.err()).endsWith("... and 8 more errors (--max-errors 0 shows all)\n");
        assertThat(run.out()).contains("1 permitted, 0 prohibited, 10 errors");
    }

    @Test
    void atTheCapNothingIsHidden() {
        Cli.Run run = Cli.run("check", "--max-errors", "10", dir.toString());
        assertThat(errorLines(run)).isEqualTo(10);
        assertThat(run.err()).doesNotContain("more error");
    }

    @Test
    void zeroShowsAllAndTheDefaultIsAHundred() {
        assertThat(errorLines(Cli.run("check", "--max-errors", "0", dir.toString()))).isEqualTo(10);
        assertThat(errorLines(Cli.run("check", dir.toString()))).isEqualTo(10);
    }

    @Test
    void aNegativeCapIsAnErrorNamingTheOption() {
        Cli.Run run = Cli.run("check", "--max-errors", "-1", dir.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("--max-errors").contains("must be 0 (all) or more, got -1");
    }
}
