package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;

/** mgc sweep --format json carries provenance like every other JSON output. */
class SweepProvenanceTest {

    @Test
    void jsonEndsWithProvenanceNamingTheRevisionsSwept() throws Exception {
        Cli.Run run = Cli.run("sweep", "--type", "uav", "--range", "100:400:100", "--payload", "0:5000:2500",
                "--revision", "2012", "--revision", "2017", "--format", "json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode provenance = new ObjectMapper().readTree(run.out()).get("provenance");
        assertThat(provenance.get("version").asText()).isEqualTo(Version.current());
        assertThat(provenance.get("ruleBaseDigest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(provenance.get("revisions").toString()).isEqualTo("[\"2012\",\"2017\"]");
    }
}
