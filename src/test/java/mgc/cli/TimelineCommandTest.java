package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mgc timeline: each system's verdict over the guideline's history. */
class TimelineCommandTest {

    private static final String HYUNMOO_4 = "scenarios/examples/hyunmoo-4.yaml";

    @TempDir
    Path dir;

    @Test
    void hyunmoo4WasProhibitedUntilThe2017Revision() {
        Cli.Run run = Cli.run("timeline", HYUNMOO_4);
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("  2017: 2017-11-07 (adopted")
                .contains("the record also gives 2017-09-04")
                .contains("Hyunmoo-4  ballistic-missile  " + HYUNMOO_4 + ":3:1\n"
                        + "  prohibited 1979-09-10 to 2017-11-07 (MG-PAYLOAD, MG-RANGE under 1979; MG-PAYLOAD, MG-RANGE under 2001;"
                        + " MG-TRADEOFF under 2012)\n"
                        + "  permitted since 2017-11-07 (under 2017, 2020, 2021)\n"
                        + "  no guideline since 2021-05-21 (ended: no limits apply)\n");
    }

    @Test
    void aPeriodStartsExactlyAtARevisionsDateAndAVerdictCanComeBack() throws Exception {
        // 300 km / 1,000 kg UAV: no limit in 1979, prohibited by 2001's 500 kg cap, permitted by 2012's 2,500 kg.
        Path spec = Files.writeString(dir.resolve("uav.yaml"), "name: U\ntype: uav\nrange: 300 km\npayload: 1000 kg\n");
        assertThat(Cli.run("timeline", spec.toString()).out())
                .contains("  permitted 1979-09-10 to 2001-01-17 (under 1979)\n"
                        + "  prohibited 2001-01-17 to 2012-10-07 (MG-PAYLOAD-BEYOND-RANGE under 2001)\n"
                        + "  permitted since 2012-10-07 (under 2012, 2017, 2020, 2021)\n");
    }

    @Test
    void jsonHasThePeriodsAndProvenance() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Cli.run("timeline", "--format", "json", HYUNMOO_4).out());
        JsonNode periods = json.get("systems").get(0).get("periods");
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).get("verdict").asText()).isEqualTo("prohibited");
        assertThat(periods.get(0).get("to").asText()).isEqualTo("2017-11-07");
        assertThat(periods.get(1).get("to").isNull()).isTrue();
        assertThat(json.get("systems").get(0).get("guideline_ended").asText()).isEqualTo("2021-05-21");
        assertThat(json.get("provenance").get("ruleBaseDigest").asText()).startsWith("sha256:");
        assertThat(json.get("revisions")).hasSize(6);
    }

    @Test
    void htmlDrawsOneBarPerSystemColouredByVerdict() {
        String html = Cli.run("timeline", "--format", "html", "scenarios/examples/").out();
        assertThat(html).contains("<svg").contains(">Hyunmoo-4</text>").contains("class=\"prohibited\"><title>Hyunmoo-4: prohibited 1979-09-10 to 2017-11-07")
                .contains("class=\"permitted\"><title>Hyunmoo-4: permitted since 2017-11-07");
        assertThat(html.split(" text-anchor=\"end\">", -1)).hasSize(10);
    }

    @Test
    void theOutputIsByteIdenticalAndBadFilesAreErrors() throws Exception {
        assertThat(Cli.run("timeline", "scenarios/examples/").out()).isEqualTo(Cli.run("timeline", "scenarios/examples/").out());
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "name: B\ntype: uav\nrange: far\npayload: 1 kg\n");
        Cli.Run run = Cli.run("timeline", bad.toString(), HYUNMOO_4);
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains(bad + ":3:8: range");
        assertThat(run.out()).contains("Hyunmoo-4");
        assertThat(Cli.run("timeline", dir.resolve("empty").toString()).status()).isEqualTo(ExitStatus.ERROR);
    }
}
