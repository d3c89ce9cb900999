package mgc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mgc.testing.Cli;
import mgc.testing.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    private String report(String... extra) throws IOException {
        Path specs = SpecFiles.mixed(dir);
        Path out = dir.resolve("report.html");
        String[] args = new String[extra.length + 7];
        System.arraycopy(new String[] {"check", "--all-revisions", "--format", "html", "--output", out.toString(), specs.toString()}, 0, args, 0, 7);
        System.arraycopy(extra, 0, args, 7, extra.length);
        Cli.Run run = Cli.run(args);
        assertThat(run.status()).isEqualTo(2);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void aScriptInAUserStringIsShownAsText() throws IOException {
        String html = report();
        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        // In the tables and as a point label in the charts (the SVG writer escapes text too).
        assertThat(count(html, "&lt;script&gt;alert(1)&lt;/script&gt;")).isGreaterThanOrEqualTo(6 + 6);
        assertThat(html).contains("Hwasong | `x` *y*").contains("Drone &amp; Co");
    }

    @Test
    void selfContained() throws IOException {
        String html = report("scenarios/examples");
        // Nothing is fetched: no external references, no scripts, no stylesheet links, and a policy that forbids them.
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*['\"]?(https?:|//)");
        assertThat(html).doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("@import");
        // The charts refer only to their own clip paths, inside the page.
        assertThat(html.replace("url(#", "")).doesNotContainIgnoringCase("url(");
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    }

    @Test
    void chartsForEveryTypeAndRevisionWithEverySystemDrawn() throws IOException {
        String html = report("scenarios/examples");
        // Overview and each of the 6 revisions: a chart per type with points to draw (ballistic, cruise, UAV);
        // the launchers give no range or payload and no revision limits them there, so they get a line of text.
        assertThat(count(html, "<svg ")).isEqualTo(3 + 6 * 3);
        assertThat(html).contains("<strong>space-launch-vehicle: permitted envelopes</strong>: no range or payload limit; not drawn: 2001: total impulse &lt;= ");
        assertThat(html).contains("ballistic-missile: permitted envelopes").contains("uav: permitted envelopes");
        assertThat(html).contains("Hyunmoo-2C");
        // The launcher gave no range or payload, so it is listed, not drawn.
        assertThat(html).contains("Not drawn (no range or payload given): Launcher");
        // Envelope legends name the revisions and the unlimited ones.
        assertThat(html).contains("2012 (current): range &lt;= 800 km").contains("2021: no limit");
        // Section per revision.
        for (String id : new String[] {"1979", "2001", "2012", "2017", "2020", "2021"}) {
            assertThat(html).contains("<section id=\"revision-" + id + "\">");
        }
        assertThat(html).contains("<section id=\"errors\">");
    }

    @Test
    void svgIdsAreUniqueWithinThePage() throws IOException {
        String html = report("scenarios/examples");
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertThat(seen.add(ids.group(1))).as("duplicate id %s", ids.group(1)).isTrue();
        }
        // The charts' own ids (clip paths, defs) are among them, each carrying its chart's prefix.
        assertThat(seen).contains("c0_chart", "c0_clipPath1", "c1_chart", "c1_clipPath1");
        assertThat(html).doesNotContain("id=\"genericDefs\"");
    }

    @Test
    void outputIsByteStable() throws IOException {
        String first = report("scenarios/examples");
        String second = report("scenarios/examples");
        assertThat(first).isEqualTo(second);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
