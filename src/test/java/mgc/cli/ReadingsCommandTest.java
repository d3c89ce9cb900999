package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --readings names the alternative readings that flip a verdict, and those it is robust to. */
class ReadingsCommandTest {

    @TempDir
    Path dir;

    private String spec(String range, String payload) throws Exception {
        Path file = dir.resolve("bm-" + range + "-" + payload + ".yaml");
        Files.writeString(file, "name: BM\ntype: ballistic-missile\nrange: " + range + "\npayload: " + payload + "\n");
        return file.toString();
    }

    @Test
    void at575Km900KgThe550KmReadingFlips2012() throws Exception {
        Cli.Run run = Cli.run("check", "--readings", spec("575 km", "900 kg"));
        assertThat(run.out()).contains("prohibited under 2012 (MG-TRADEOFF, limit 875 kg at 575 km); "
                + "permitted under reading 2012~550km (limit 950 kg)");
        assertThat(run.out()).doesNotContain("2012~300km-1.5t (");

        JsonNode row = new ObjectMapper().readTree(Cli.run("check", "--readings", "--format", "json", spec("575 km", "900 kg")).out())
                .get("readings").get(0);
        assertThat(row.get("robust").asBoolean()).isFalse();
        assertThat(row.get("flippedBy")).hasSize(1);
        assertThat(row.get("flippedBy").get(0).get("reading").asText()).isEqualTo("2012~550km");
        assertThat(row.get("robustTo").toString()).contains("2012~300km-1.5t");
    }

    @Test
    void aVerdictNoReadingChangesIsRobust() throws Exception {
        JsonNode row = new ObjectMapper().readTree(Cli.run("check", "--readings", "--format", "json", spec("800 km", "500 kg")).out())
                .get("readings").get(0);
        assertThat(row.get("verdict").asText()).isEqualTo("permitted");
        assertThat(row.get("robust").asBoolean()).isTrue();
        assertThat(row.get("flippedBy")).isEmpty();
    }

    @Test
    void markdownAndHtmlNameTheFlipAndCarryProvenance() throws Exception {
        String file = spec("575 km", "900 kg");
        assertThat(Cli.run("check", "--readings", "--format", "markdown", file).out()).contains("550km: permitted", "sha256:");
        assertThat(Cli.run("check", "--readings", "--format", "html", file).out()).contains("permitted under reading 2012~550km", "sha256:");
        Cli.Run sarif = Cli.run("check", "--readings", "--format", "sarif", file);
        assertThat(sarif.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(sarif.err()).contains("--readings");
    }

    @Test
    void aReadingIsUsableAsARevision() throws Exception {
        Cli.Run run = Cli.run("check", "--revision", "2012~550km", spec("575 km", "900 kg"));
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("2012~550km (reading)");
    }
}
