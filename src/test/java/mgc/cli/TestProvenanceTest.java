package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;

/** mgc test's machine outputs carry the tool version, the rule-base digest and the revisions, like check's. */
class TestProvenanceTest {

    private static final String SCENARIO = "scenarios/boundaries/uav.scenario.yaml";

    @Test
    void jsonEndsWithProvenance() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Cli.run("test", "--format", "json", SCENARIO).out());
        JsonNode provenance = json.get("provenance");
        assertThat(provenance.get("version").asText()).isEqualTo(Version.current());
        assertThat(provenance.get("ruleBaseDigest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(provenance.get("revisions").toString()).contains("\"2012\"").contains("\"2012~550km\"");
        String checkDigest = new ObjectMapper().readTree(Cli.run("check", "--format", "json", "scenarios/examples/hyunmoo-4.yaml").out())
                .get("provenance").get("ruleBaseDigest").asText();
        assertThat(provenance.get("ruleBaseDigest").asText()).isEqualTo(checkDigest);
    }

    @Test
    void junitHasItInAComment() {
        String xml = Cli.run("test", "--format", "junit", SCENARIO).out();
        assertThat(xml).containsPattern("<testsuites name=\"mgc test\">\n<!-- mgc " + java.util.regex.Pattern.quote(Version.current())
                + ", rule base sha256:[0-9a-f]{64}, revisions 1979, ");
    }
}
