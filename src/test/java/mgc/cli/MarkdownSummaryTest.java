package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format markdown-summary: a verdict matrix and the failures only, within a pull-request comment's size. */
class MarkdownSummaryTest {

    @TempDir
    Path dir;

    @Test
    void theExamplesAsAMatrixWithTheFailuresOnly() {
        Cli.Run run = Cli.run("check", "--format", "markdown-summary", "--revision", "2012", "--revision", "2017",
                "scenarios/examples/hyunmoo-4.yaml", "scenarios/examples/hyunmoo-2a.yaml");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).startsWith("## mgc check: 1 prohibited, 0 errors\n")
                .contains("| System | 2012 (current) | 2017 |\n|---|---|---|\n")
                .contains("| Hyunmoo-4 | **prohibited** | permitted |")
                .contains("| Hyunmoo-2A | permitted | permitted |")
                .contains("### Not permitted\n\n- **Hyunmoo-4** prohibited under 2012 (current) (scenarios/examples/hyunmoo-4.yaml:3:1)\n"
                        + "  - MG-TRADEOFF: payload 2,000 kg &gt; limit 500 kg")
                .doesNotContain("Hyunmoo-2A** ")
                .contains("2 systems in 2 files x 2 revisions: 3 permitted, 1 prohibited, 0 errors");
    }

    @Test
    void theCapabilityDecisionIsTheOneShown() {
        Cli.Run run = Cli.run("check", "--capability", "--format", "md-summary".replace("md", "markdown"),
                "scenarios/examples/capability-demo.yaml");
        assertThat(run.out()).contains("| **prohibited** |").contains("MG-RANGE (capability)");
    }

    @Test
    void aHugeBatchStaysUnderTheCommentLimitAndSaysWhatItLeftOut() throws Exception {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            batch.append("{\"name\":\"System ").append(i).append("\",\"type\":\"ballistic-missile\",\"range\":\"900 km\",\"payload\":\"1000 kg\"}\n");
        }
        Path file = Files.writeString(dir.resolve("many.jsonl"), batch);
        Cli.Run run = Cli.run("check", "--format", "markdown-summary", "--all-revisions", file.toString());
        assertThat(run.out().length()).isLessThan(65_536);
        assertThat(run.out()).contains("_... and 2800 more systems (the full report: --format markdown or html)._")
                .containsPattern("- _\\.\\.\\. and \\d+ more, left out to fit a comment\\._")
                .contains("3000 systems in 1 file x 6 revisions");
    }
}
