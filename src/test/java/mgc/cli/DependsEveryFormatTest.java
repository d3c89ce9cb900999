package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One interval spec straddling 800 km under 2012 (depends) and 2021 (permitted) through every
 * format of mgc check: each shows depends with the prohibited part and the witnesses, agrees
 * with its own summary, and the exit status is 1 (0 with --depends-ok).
 */
class DependsEveryFormatTest {

    private static final String STRADDLE = "name: Straddle\ntype: ballistic-missile\nrange: 780..820 km\npayload: 500 kg\n";
    private static final String PART = "prohibited where range > 800 km";
    private static final String WITNESSES = "permitted at range 790 km, payload 500 kg; prohibited at range 810 km, payload 500 kg";

    @TempDir
    Path dir;

    private Cli.Run check(String format, String... more) throws Exception {
        Path spec = dir.resolve("s.yaml");
        Files.writeString(spec, STRADDLE);
        List<String> args = new java.util.ArrayList<>(List.of("check", "--revision", "2012", "--revision", "2021", "--format", format));
        args.addAll(List.of(more));
        args.add(spec.toString());
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.status()).as(format + ": " + run.err()).isEqualTo(ExitStatus.FINDINGS);
        return run;
    }

    @Test
    void text() throws Exception {
        assertThat(check("text").out()).contains("2012 (current)  DEPENDS").contains(PART)
                .contains("permitted at range 790 km, payload 500 kg (confirmed by the rule base)")
                .contains("2021            permitted")
                .contains("1 system in 1 file x 2 revisions: 1 permitted, 0 prohibited, 1 depends, 0 errors");
    }

    @Test
    void json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(check("json").out());
        assertThat(json.get("results").get(0).get("verdict").asText()).isEqualTo("depends");
        assertThat(json.get("results").get(0).get("box").get("prohibited_where").asText()).isEqualTo("range > 800 km");
        assertThat(json.get("results").get(1).get("verdict").asText()).isEqualTo("permitted");
        assertThat(json.get("summary").get("depends").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("permitted").asInt()).isEqualTo(1);
    }

    @Test
    void jsonLinesFromYamlAndFromAJsonLinesBatchWrittenToAFile() throws Exception {
        for (String out : List.of(check("jsonl").out(), jsonlBatch())) {
            List<JsonNode> lines = out.lines().map(this::tree).toList();
            JsonNode verdicts = lines.get(0).get("verdicts");
            assertThat(verdicts.get(0).get("verdict").asText()).isEqualTo("depends");
            assertThat(verdicts.get(0).get("box").get("prohibited_where").asText()).isEqualTo("range > 800 km");
            assertThat(verdicts.get(0).get("box").get("permitted_witness").get("range_km").asDouble()).isEqualTo(790);
            assertThat(verdicts.get(0).get("box").get("prohibited_witness").get("range_km").asDouble()).isEqualTo(810);
            assertThat(verdicts.get(1).get("verdict").asText()).isEqualTo("permitted");
            JsonNode summary = lines.get(lines.size() - 1);
            assertThat(summary.get("depends").asInt()).isEqualTo(1);
            assertThat(summary.get("permitted").asInt()).isEqualTo(1);
        }
    }

    private String jsonlBatch() throws Exception {
        Path batch = dir.resolve("b.jsonl");
        Files.writeString(batch, "{\"name\":\"Straddle\",\"type\":\"ballistic-missile\",\"range\":\"780..820 km\",\"payload\":\"500 kg\"}\n");
        Path output = dir.resolve("out.jsonl");
        Cli.Run run = Cli.run("check", "--revision", "2012", "--revision", "2021", "--format", "jsonl", "--output", output.toString(),
                batch.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.FINDINGS);
        return Files.readString(output);
    }

    private JsonNode tree(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void junit() throws Exception {
        String xml = check("junit").out();
        assertThat(xml).contains("tests=\"2\" failures=\"1\" errors=\"0\"")
                .contains("<testcase classname=\"" + mgc.output.JunitNames.classname(dir.resolve("s.yaml").toString()) + "\" name=\"Straddle [2012 (current)]\">\n"
                        + "      <failure type=\"depends\" message=\"depends: prohibited where range &gt; 800 km; " + WITNESSES)
                .contains("<testcase classname=\"" + mgc.output.JunitNames.classname(dir.resolve("s.yaml").toString()) + "\" name=\"Straddle [2021]\"/>");
    }

    @Test
    void sarif() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(check("sarif").out());
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(1);
        JsonNode result = results.get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("MG-RANGE");
        assertThat(result.get("message").get("text").asText())
                .startsWith("Straddle (ballistic-missile) depends under revision 2012 (current) (permitted in part of its box only; "
                        + PART + "; " + WITNESSES);
        assertThat(result.get("properties").get("verdict").asText()).isEqualTo("depends");
        assertThat(result.get("properties").get("prohibitedWhere").asText()).isEqualTo("range > 800 km");
        JsonNode counts = sarif.get("runs").get(0).get("invocations").get(0).get("properties");
        assertThat(counts.get("depends").asInt()).isEqualTo(1);
        assertThat(counts.get("permitted").asInt()).isEqualTo(1);
    }

    @Test
    void markdown() throws Exception {
        assertThat(check("markdown").out())
                .contains("| Straddle | ballistic-missile | 2012 (current) | **depends** | prohibited where range &gt; 800 km; " + WITNESSES)
                .contains("| Straddle | ballistic-missile | 2021 | permitted |")
                .contains(": 1 permitted, 0 prohibited, 1 depends, 0 errors");
    }

    @Test
    void html() throws Exception {
        String html = check("html").out();
        assertThat(html).contains("<span class=\"permitted\">1 permitted</span>, <span class=\"prohibited\">0 prohibited</span>, "
                        + "<span class=\"mixed\">1 depends</span>, 0 errors.")
                .contains("<th>Depends</th>")
                .contains("<td class=\"mixed\">depends</td><td><ul class=\"findings\"><li>prohibited where range &gt; 800 km; " + WITNESSES);
    }

    @Test
    void dependsOkExitsZeroInEveryFormat() throws Exception {
        Path spec = dir.resolve("s.yaml");
        Files.writeString(spec, STRADDLE);
        for (String format : List.of("text", "json", "jsonl", "junit", "sarif", "markdown", "html")) {
            assertThat(Cli.run("check", "--revision", "2012", "--depends-ok", "--format", format, spec.toString()).status())
                    .as(format).isEqualTo(ExitStatus.OK);
        }
    }
}
