package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mgc check --capability / --mtcr end to end, through Main as a user runs it. */
class CapabilityCommandTest {

    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void demoIsProhibitedUnderCapabilityWithTheConfigurationAndItsMtcrCategory() {
        Run run = run("check", "--capability", "scenarios/examples/capability-demo.yaml");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out())
                .contains("2012 (current)  PROHIBITED  (the declared point is permitted; a configuration the stages allow is not)")
                .contains("x MG-RANGE (capability): with 500 kg it reaches 1,018.251 km: range 1,018.251 km > limit 800 km (over by 218.251 km)")
                .contains("MTCR Category I: with 500 kg it reaches 1,018.251 km")
                .contains("FLAGGED, the declared range is 23% below capability (threshold 20%)")
                .contains("model and assumptions:")
                .contains("losses: 500 m/s (from the spec)")
                .contains("1 system in 1 file x 1 revision: 0 permitted, 1 prohibited, 0 errors");
    }

    @Test
    void withoutCapabilityTheDemoIsCheckedAsDeclared() {
        Run run = run("check", "scenarios/examples/capability-demo.yaml");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("2012 (current)  permitted").doesNotContain("capability:").doesNotContain("(capability)").doesNotContain("MTCR");
    }

    @Test
    void mtcrAlonePrintsTheCategoryButKeepsTheDeclaredVerdict() {
        Run run = run("check", "--mtcr", "scenarios/examples/capability-demo.yaml", "scenarios/examples/hyunmoo-2c.yaml",
                "scenarios/examples/scud-b-class.yaml");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out())
                .contains("MTCR Category I: with 500 kg it reaches 1,018.251 km")
                .contains("MTCR Category I: 500 kg to 800 km (declared point; no stages given")
                .contains("MTCR Category I: with 500 kg it reaches 460.393 km")
                .doesNotContain("PROHIBITED");
    }

    @Test
    void exceedingReadingIsStated() {
        Run run = run("check", "--mtcr", "--mtcr-boundary", "exceeding", "scenarios/examples/capability-demo.yaml");
        assertThat(run.out()).contains("Category I reading: more than 500 kg to more than 300 km");
    }

    @Test
    void jsonCarriesTheCapabilityUnderItsOwnKey() {
        Run run = run("check", "--capability", "--format", "json", "scenarios/examples/capability-demo.yaml");
        assertThat(run.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(run.out())
                .contains("\"verdict\" : \"prohibited\"")
                .contains("\"declared_verdict\" : \"permitted\"")
                .contains("\"description\" : \"with 500 kg it reaches 1,018.251 km: range 1,018.251 km > limit 800 km (over by 218.251 km)\"")
                .contains("\"category\" : \"Category I\"");
    }

    @Test
    void outputIsByteIdenticalRunToRun() {
        Run first = run("check", "--capability", "--all-revisions", "--format", "json", "scenarios/examples/");
        Run second = run("check", "--capability", "--all-revisions", "--format", "json", "scenarios/examples/");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void badStagesGiveLocatedErrorsAndStatusTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: X\ntype: ballistic-missile\nrange: 500 km\npayload: 1000 kg\n"
                + "stages:\n  - gross_mass: 1000 kg\n    propellant_mass: 800 kg\n    isp: 0 s\n");
        Run run = run("check", "--capability", bad.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains(bad + ":8:10: stages[0].isp: must be greater than 0, got 0 s");
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run run = run("check", "--capability", "--capability-threshold", "abc", "--mtcr-boundary", "above",
                "--useful-range", "5 parsecs", "scenarios/examples/capability-demo.yaml");
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err())
                .contains("error: --capability-threshold: expected a percentage from 0% to less than 100%, e.g. 20%, got \"abc\"")
                .contains("error: --mtcr-boundary: unknown reading \"above\"; expected one of at-least, exceeding")
                .contains("error: --useful-range: unknown unit \"parsecs\"");
    }
}
