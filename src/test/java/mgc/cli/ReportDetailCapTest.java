package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mgc.report.DetailCap;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTML and JSON show the first {@value DetailCap#SYSTEMS} systems in full and, beyond them, the
 * verdicts and counts only, with a note saying how many were cut and where to find them
 * (bounded memory and output on large batches; bench/report-memory.sh measures it).
 */
class ReportDetailCapTest {

    private static final String NOTE_FOR_TWO = "... 2 more systems: detail omitted, see --format jsonl";

    @TempDir
    Path dir;

    /** Even systems permitted under 2012 (700 km), odd ones prohibited (900 km). */
    private Path batch(int systems) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < systems; i++) {
            lines.append("{\"name\":\"System ").append(i).append("\",\"type\":\"ballistic-missile\",\"range\":\"")
                    .append(i % 2 == 0 ? 700 : 900).append(" km\",\"payload\":\"400 kg\"}\n");
        }
        return Files.writeString(dir.resolve("batch-" + systems + ".jsonl"), lines);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    @Test
    void htmlBeyondTheCapCountsEverySystemListsTheFirstAndSaysWhatItLeftOut() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "html", "--revision", "2012", "--revision", "2017",
                batch(DetailCap.SYSTEMS + 2).toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        // Counts cover every system; the summary table's permitted/prohibited too.
        assertThat(run.out()).contains("1002 systems in 1 file &times; 2 revisions: <span class=\"permitted\">1002 permitted</span>, "
                        + "<span class=\"prohibited\">1002 prohibited</span>")
                .contains("<td>501</td><td>501</td></tr>")
                .contains("... and 502 more systems, the first 1000 listed under each revision below.");
        // The note once after the matrix and once in each revision's section.
        assertThat(count(run.out(), NOTE_FOR_TWO)).isEqualTo(3);
        // The last system shown in full is the 1000th; the two after it are only counted.
        assertThat(count(run.out(), "<tr><td>System 999</td><td>ballistic-missile</td>")).isEqualTo(2);
        assertThat(run.out()).doesNotContain("System 1000<").doesNotContain("System 1001<");
    }

    @Test
    void htmlAtTheCapShowsEverySystemWithoutANote() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "html", "--revision", "2012", batch(DetailCap.SYSTEMS).toString());
        assertThat(run.out()).contains("<tr><td>System 999</td><td>ballistic-missile</td>")
                .contains("... and 500 more systems, listed under each revision below.")
                .doesNotContain("detail omitted");
    }

    @Test
    void jsonBeyondTheCapKeepsEveryVerdictAndItsFindingsButNotTheDetail() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "json", "--revision", "2012", batch(DetailCap.SYSTEMS + 2).toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode results = json.get("results");
        assertThat(results).hasSize(1002);
        JsonNode lastInFull = results.get(999);
        assertThat(lastInFull.get("system").asText()).isEqualTo("System 999");
        assertThat(lastInFull.has("inputs")).isTrue();
        assertThat(lastInFull.has("checks")).isTrue();
        JsonNode cut = results.get(1001);
        assertThat(cut.get("system").asText()).isEqualTo("System 1001");
        assertThat(cut.get("verdict").asText()).isEqualTo("prohibited");
        assertThat(cut.get("findings").get(0).get("rule").asText()).isEqualTo("MG-RANGE");
        assertThat(cut.has("inputs")).isFalse();
        assertThat(cut.has("checks")).isFalse();
        assertThat(json.get("detail_omitted").get("systems_in_full").asInt()).isEqualTo(DetailCap.SYSTEMS);
        assertThat(json.get("detail_omitted").get("systems").asInt()).isEqualTo(2);
        assertThat(json.get("detail_omitted").get("note").asText()).isEqualTo(NOTE_FOR_TWO);
        assertThat(json.get("summary").get("systems").asInt()).isEqualTo(1002);
    }

    @Test
    void jsonAtTheCapIsWhole() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "json", "--revision", "2012", batch(DetailCap.SYSTEMS).toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("results").get(999).has("checks")).isTrue();
        assertThat(json.has("detail_omitted")).isFalse();
    }
}
