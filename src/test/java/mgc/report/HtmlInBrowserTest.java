package mgc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mgc.testing.Cli;
import mgc.testing.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in a real browser (Debian's headless Chromium) and reads back the DOM it
 * built: the charts are there, no script element exists, and the hostile name is a text node.
 * Skipped where Chromium is not installed.
 */
class HtmlInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theBrowserShowsTheScriptNameAsTextAndDrawsTheCharts() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed");
        Path specs = SpecFiles.mixed(dir);
        Path html = dir.resolve("report.html");
        Cli.Run run = Cli.run("check", "--all-revisions", "--format", "html", "--output", html.toString(), specs.toString(), "scenarios/examples");
        assertThat(run.status()).isEqualTo(2);

        String dom = dumpDom(html);
        assertThat(dom).startsWith("<!DOCTYPE html>");
        assertThat(dom).doesNotContainIgnoringCase("<script");
        assertThat(dom).contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>");
        assertThat(dom.split("<svg ", -1)).hasSize(1 + 3 + 6 * 3);
        assertThat(dom).contains("Hyunmoo-2C");
    }

    private String dumpDom(Path html) throws IOException, InterruptedException {
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Path out = dir.resolve("dom.html");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--dump-dom", html.toUri().toString()))
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s");
        }
        assertThat(chromium.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
