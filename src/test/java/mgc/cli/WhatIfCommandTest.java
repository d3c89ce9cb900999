package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uncertain figures and --nearest through the command line (docs/what-if.md). */
class WhatIfCommandTest {

    private static final String STRADDLE = "name: Straddle\ntype: ballistic-missile\nrange: 780..820 km\npayload: 500 kg\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path path = dir.resolve(name);
        Files.writeString(path, text);
        return path;
    }

    @Test
    void dependsIsShownWithThePartAndWitnessesAndExitsOne() throws Exception {
        Path spec = file("s.yaml", STRADDLE);
        Cli.Run run = Cli.run("check", "--revision", "2012", spec.toString());
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out())
                .contains("Straddle  ballistic-missile  range 780..820 km, payload 500 kg")
                .contains("2012 (current)  DEPENDS")
                .contains("prohibited where range > 800 km")
                .contains("permitted at range 790 km, payload 500 kg (confirmed by the rule base)")
                .contains("prohibited at range 810 km, payload 500 kg (confirmed by the rule base)")
                .contains("x MG-RANGE: range 810 km > limit 800 km")
                .contains("1 system in 1 file x 1 revision: 0 permitted, 0 prohibited, 1 depends, 0 errors");
        assertThat(Cli.run("check", "--revision", "2012", "--depends-ok", spec.toString()).status()).isEqualTo(ExitStatus.OK);
        // --depends-ok does not hide a prohibited system.
        Path both = file("both.yaml", STRADDLE + "---\nname: Far\ntype: ballistic-missile\nrange: 900 km\npayload: 500 kg\n");
        assertThat(Cli.run("check", "--revision", "2012", "--depends-ok", both.toString()).status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void jsonCarriesTheVerdictThePartsAndTheWitnesses() throws Exception {
        Path spec = file("s.yaml", STRADDLE);
        Cli.Run run = Cli.run("check", "--revision", "2012", "--revision", "2021", "--format", "json", spec.toString());
        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode result = json.get("results").get(0);
        assertThat(result.get("verdict").asText()).isEqualTo("depends");
        assertThat(result.get("inputs").get("range").get("min").asDouble()).isEqualTo(780);
        assertThat(result.get("inputs").get("range").get("max").asDouble()).isEqualTo(820);
        JsonNode box = result.get("box");
        assertThat(box.get("prohibited_where").asText()).isEqualTo("range > 800 km");
        JsonNode range = box.get("parts").get(0).get("range");
        assertThat(range.get("from").asDouble()).isEqualTo(800);
        assertThat(range.get("from_inclusive").asBoolean()).isFalse();
        assertThat(range.get("to").asDouble()).isEqualTo(820);
        assertThat(box.get("permitted_witness").get("range_km").asDouble()).isEqualTo(790);
        assertThat(box.get("prohibited_witness").get("range_km").asDouble()).isEqualTo(810);
        assertThat(box.get("prohibited_witness").get("findings").get(0).asText()).startsWith("MG-RANGE: ");
        assertThat(result.get("findings").get(0).get("rule").asText()).isEqualTo("MG-RANGE");
        assertThat(json.get("results").get(1).get("verdict").asText()).isEqualTo("permitted");
        assertThat(json.get("summary").get("depends").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("permitted").asInt()).isEqualTo(1);

        // The witness is a spec file: checked on its own it gets the verdict shown.
        Path witness = file("w.yaml", box.get("prohibited_witness").get("yaml").asText());
        assertThat(Cli.run("check", "--revision", "2012", witness.toString()).out()).contains("2012 (current)  PROHIBITED");
    }

    @Test
    void aBadIntervalIsAnErrorWithFileLineAndColumnAndTheBatchGoesOn() throws Exception {
        Path spec = file("s.yaml", "name: Bad\ntype: ballistic-missile\nrange: 820..780 km\npayload: 500 kg\n---\n" + STRADDLE);
        Cli.Run run = Cli.run("check", "--revision", "2012", spec.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains(spec + ":3:8: range: an interval's min must not exceed its max, got min 820 km and max 780 km");
        assertThat(run.out()).contains("Straddle").contains("DEPENDS").doesNotContain("Bad");
    }

    @Test
    void jsonLinesInputWithIntervalsGivesTheSameVerdicts() throws Exception {
        Path lines = file("s.jsonl", "{\"name\":\"P\",\"type\":\"ballistic-missile\",\"range\":800,\"payload\":500}\n"
                + "{\"name\":\"S\",\"type\":\"ballistic-missile\",\"range\":{\"min\":\"780 km\",\"max\":\"820 km\"},\"payload\":500}\n"
                + "{\"name\":\"Q\",\"type\":\"ballistic-missile\",\"range\":\"780..820 km\",\"payload\":500}\n");
        for (String threads : new String[] {"1", "2"}) {
            Cli.Run run = Cli.run("check", "--revision", "2012", "--threads", threads, "--format", "json", lines.toString());
            JsonNode results = new ObjectMapper().readTree(run.out()).get("results");
            assertThat(results).extracting(r -> r.get("verdict").asText()).containsExactly("permitted", "depends", "depends");
            assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        }
    }

    @Test
    void nearestGivesTheSmallestChangeOfEachField() throws Exception {
        Path spec = file("n.yaml", "name: X\ntype: ballistic-missile\nrange: 575 km\npayload: 900 kg\n");
        Cli.Run run = Cli.run("check", "--revision", "2012", "--nearest", spec.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).contains(
                "nearest: permitted with payload <= 875 kg at 575 km (-25 kg), or with range <= 560 km at 900 kg (-15 km)");
        JsonNode result = new ObjectMapper().readTree(Cli.run("check", "--revision", "2012", "--nearest", "--format", "json",
                spec.toString()).out()).get("results").get(0);
        JsonNode changes = result.get("nearest").get("changes");
        assertThat(changes.get(0).get("field").asText()).isEqualTo("payload");
        assertThat(changes.get(0).get("to").asDouble()).isEqualTo(875);
        assertThat(changes.get(0).get("change").asDouble()).isEqualTo(-25);
        assertThat(changes.get(0).get("unit").asText()).isEqualTo("kg");
        assertThat(changes.get(1).get("field").asText()).isEqualTo("range");
        assertThat(changes.get(1).get("to").asDouble()).isEqualTo(560);
        assertThat(changes.get(1).get("change").asDouble()).isEqualTo(-15);
        // The witness of each change is a spec the rule base permits.
        Path witness = file("w.yaml", changes.get(0).get("witness").asText());
        assertThat(Cli.run("check", "--revision", "2012", witness.toString()).status()).isEqualTo(ExitStatus.OK);
        // A permitted system gets no nearest design.
        Path ok = file("ok.yaml", "name: Y\ntype: ballistic-missile\nrange: 575 km\npayload: 875 kg\n");
        assertThat(Cli.run("check", "--revision", "2012", "--nearest", ok.toString()).out()).doesNotContain("nearest:");
    }
}
