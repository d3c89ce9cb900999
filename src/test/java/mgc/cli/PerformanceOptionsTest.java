package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line side of issue 6: .jsonl input, --format jsonl, --output, --threads, sweep, --rules at run time. */
class PerformanceOptionsTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run mgc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void checksJsonLinesIntoAnOutputFile() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, """
                {"name":"Hyunmoo-2C","type":"ballistic-missile","range":"800 km","payload":"500 kg"}
                {"name":"Long","type":"ballistic-missile","range":"801 km","payload":"500 kg"}
                """, StandardCharsets.UTF_8);
        Path output = dir.resolve("out.jsonl");
        Run run = mgc("check", "--revision", "2012", "--format", "jsonl", "--threads", "2", "--output", output.toString(),
                input.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out()).isEmpty();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"system\":\"Hyunmoo-2C\"").contains("\"verdict\":\"permitted\",\"findings\":[]");
        assertThat(lines.get(1)).contains("\"line\":2,").contains("{\"rule\":\"MG-RANGE\",\"field\":\"range\",\"actual\":801,"
                + "\"limit\":800,\"unit\":\"km\"}");
        assertThat(lines.get(2)).matches("\\Q{\"kind\":\"summary\",\"files\":1,\"systems\":2,\"revisions\":1,\"permitted\":1,"
                + "\"prohibited\":1,\"depends\":0,\"errors\":0,\"provenance\":{\"tool\":\"mgc\",\"version\":\"\\E[^\"]+\\Q\",\"ruleBaseDigest\":"
                + "\"sha256:\\E[0-9a-f]{64}\\Q\",\"revisions\":[\"2012\"],\"asOf\":[]}}\\E");
        assertThat(Files.exists(dir.resolve("out.jsonl.partial"))).isFalse();
    }

    @Test
    void aBadLineIsAnErrorWithFileLineAndColumnAndTheRestIsChecked() throws Exception {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"name\":\"A\",\"type\":\"uav\",\"range\":\"100 km\",\"payload\":\"10 kg\"}\n"
                + "{\"name\":\"B\",\"type\":\"uav\",\"range\":\"-1 km\",\"payload\":\"10 kg\"}\n", StandardCharsets.UTF_8);
        Run run = mgc("check", "--revision", "2012", input.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.out()).contains("A  uav");
        assertThat(run.err()).contains(input + ":2:34: range: must be greater than 0, got -1 km");
    }

    @Test
    void sweepsWriteTheBoundary() throws Exception {
        Path output = dir.resolve("boundary.csv");
        Run run = mgc("sweep", "--type", "uav", "--range", "100:400:100", "--payload", "0:3000:500", "--revision", "2012",
                "--output", output.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readString(output)).isEqualTo("""
                revision,type,range_km,max_permitted_payload_kg,permitted_points,points,payload_limit
                2012,uav,100,3000,7,7,no-limit
                2012,uav,200,3000,7,7,no-limit
                2012,uav,300,2500,6,7,within-grid
                2012,uav,400,2500,6,7,within-grid
                """);
        Run bad = mgc("sweep", "--type", "uva", "--range", "1:2", "--payload", "0:1:1");
        assertThat(bad.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(bad.err()).contains("--type: unknown value \"uva\" (did you mean \"uav\"?)").contains("--range: expected MIN:MAX:STEP");
    }

    @Test
    void aRulesFolderIsStillCompiledAtRunTimeWithErrorsAtFileLineColumn() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("revisions"));
        try (var files = Files.list(Path.of("rules/revisions"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve("revisions").resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("rules/guideline.drl"), rules.resolve("guideline.drl"));
        Path spec = dir.resolve("s.yaml");
        Files.writeString(spec, "name: X\ntype: ballistic-missile\nrange: 900 km\npayload: 500 kg\n");
        Run ok = mgc("check", "--rules", rules.toString(), spec.toString());
        assertThat(ok.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(ok.out()).contains("MG-RANGE: range 900 km > limit 800 km");
        Files.writeString(rules.resolve("broken.drl"), "package mgc.rules;\nrule \"x\"\nwhen\n  $s : Nope( )\nthen\nend\n");
        Run broken = mgc("check", "--rules", rules.toString(), spec.toString());
        assertThat(broken.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(broken.err()).contains(rules.resolve("broken.drl") + ":4:1: DRL does not compile: Unable to resolve ObjectType 'Nope'");
    }
}
