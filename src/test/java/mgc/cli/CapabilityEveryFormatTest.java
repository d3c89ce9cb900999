package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;

/**
 * The capability demo (declared point permitted under 2012, a configuration its stages allow
 * prohibited) through every format with --capability: each format's row says prohibited, names
 * the capability finding, agrees with its own summary and with the exit status. Before one
 * decision was shared, markdown, junit, html and jsonl showed the declared "permitted" under a
 * summary of "1 prohibited".
 */
class CapabilityEveryFormatTest {

    private static final String DEMO = "scenarios/examples/capability-demo.yaml";
    private static final String WITNESS = "MG-RANGE (capability): with 500 kg it reaches 1,018.251 km";

    private static Cli.Run check(String format) {
        Cli.Run run = Cli.run("check", "--capability", "--format", format, DEMO);
        assertThat(run.status()).as(format + ": " + run.err()).isEqualTo(ExitStatus.FINDINGS);
        return run;
    }

    @Test
    void text() {
        assertThat(check("text").out()).contains("2012 (current)  PROHIBITED").contains(WITNESS)
                .contains("0 permitted, 1 prohibited");
    }

    @Test
    void json() throws Exception {
        JsonNode json = new ObjectMapper().readTree(check("json").out());
        assertThat(json.get("results").get(0).get("verdict").asText()).isEqualTo("prohibited");
        assertThat(json.get("results").get(0).get("capability").get("declared_verdict").asText()).isEqualTo("permitted");
        assertThat(json.get("summary").get("prohibited").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("permitted").asInt()).isZero();
    }

    @Test
    void jsonLines() throws Exception {
        List<JsonNode> lines = check("jsonl").out().lines().map(CapabilityEveryFormatTest::tree).toList();
        assertThat(lines.get(0).get("verdicts").get(0).get("verdict").asText()).isEqualTo("prohibited");
        assertThat(lines.get(1).get("prohibited").asInt()).isEqualTo(1);
        assertThat(lines.get(1).get("permitted").asInt()).isZero();
    }

    @Test
    void junitCountsTheFailure() {
        assertThat(check("junit").out()).contains("tests=\"1\" failures=\"1\" errors=\"0\"")
                .contains("<failure type=\"prohibited\" message=\"" + WITNESS.replace(">", "&gt;"));
    }

    @Test
    void sarifHasOneResultPerReasonWithAStableFingerprint() throws Exception {
        JsonNode run = new ObjectMapper().readTree(check("sarif").out()).get("runs").get(0);
        JsonNode results = run.get("results");
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("message").get("text").asText()).contains("is prohibited under revision 2012 (current): (capability) with 500 kg");
        String fingerprint = results.get(0).get("partialFingerprints").get("mgc/v1").asText();
        assertThat(fingerprint).hasSize(32).isNotEqualTo(results.get(1).get("partialFingerprints").get("mgc/v1").asText());
        JsonNode again = new ObjectMapper().readTree(check("sarif").out()).get("runs").get(0).get("results");
        assertThat(again.get(0).get("partialFingerprints").get("mgc/v1").asText()).isEqualTo(fingerprint);
    }

    @Test
    void markdownRowMatchesTheSummary() {
        assertThat(check("markdown").out()).contains("| 2012 (current) | **prohibited** | " + WITNESS)
                .contains(": 0 permitted, 1 prohibited, 0 errors");
    }

    @Test
    void htmlRowMatchesTheSummary() {
        String html = check("html").out();
        assertThat(html).contains("<span class=\"permitted\">0 permitted</span>, <span class=\"prohibited\">1 prohibited</span>")
                .contains("<td class=\"prohibited\">prohibited</td>").contains(WITNESS.replace(">", "&gt;"))
                .doesNotContain("<td class=\"permitted\">permitted</td>")
                .contains("<section id=\"matrix\">")
                .contains("<tr><td>Capability demo (declared 500 km / 1,000 kg)</td><td>" + DEMO + "</td><td class=\"prohibited\">prohibited</td></tr>");
    }

    private static JsonNode tree(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
