package mgc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import mgc.testing.Cli;
import mgc.testing.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @TempDir
    Path dir;

    @Test
    void aTableRowPerSystemAndRevision() throws IOException {
        Path specs = SpecFiles.mixed(dir);
        Cli.Run run = Cli.run("check", "--revision", "2012", "--format", "markdown", specs.toString());
        List<String> rows = run.out().lines().filter(l -> l.startsWith("| ")).toList();

        assertThat(rows.get(0)).isEqualTo("| System | Type | Revision | Verdict | Findings |");
        assertThat(rows).hasSize(1 + 5);
        // Every row has exactly the table's five cells: no user string adds an unescaped pipe.
        for (String row : rows) {
            assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
        }
        assertThat(rows.get(1)).startsWith("| &lt;script&gt;alert(1)&lt;/script&gt; | ballistic-missile | 2012 (current) | **prohibited** | MG-RANGE: ");
        assertThat(rows.get(2)).startsWith("| Hwasong \\| \\`x\\` \\*y\\* |");
        assertThat(run.out()).contains("### Input errors").contains("ballistic-missle");
    }

    @Test
    void escapingMakesUserStringsInert() {
        assertThat(MarkdownReport.escape("a|b`c<d>\nline [x](y) *z* _w_ \\"))
                .isEqualTo("a\\|b\\`c&lt;d&gt; line \\[x\\](y) \\*z\\* \\_w\\_ \\\\");
        assertThat(MarkdownReport.escape("tab\u001bend")).isEqualTo("tab\\\\u001Bend");
    }
}
