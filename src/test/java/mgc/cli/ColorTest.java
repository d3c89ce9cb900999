package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;

/** --color and NO_COLOR: colour only the verdict words, only where a person reads them. */
class ColorTest {

    private static final String HYUNMOO_4 = "scenarios/examples/hyunmoo-4.yaml";
    private static final String RED = "\u001b[31mPROHIBITED\u001b[0m";

    @Test
    void autoColoursOnlyATerminalWithoutNoColorOrDumbTerm() {
        assertThat(ColorMode.auto.enabled(Map.of(), true)).isTrue();
        assertThat(ColorMode.auto.enabled(Map.of(), false)).isFalse();
        assertThat(ColorMode.auto.enabled(Map.of("NO_COLOR", "1"), true)).isFalse();
        assertThat(ColorMode.auto.enabled(Map.of("NO_COLOR", ""), true)).as("an empty NO_COLOR is unset").isTrue();
        assertThat(ColorMode.auto.enabled(Map.of("TERM", "dumb"), true)).isFalse();
    }

    @Test
    void anExplicitChoiceWinsOverTheEnvironment() {
        assertThat(ColorMode.always.enabled(Map.of("NO_COLOR", "1"), false)).isTrue();
        assertThat(ColorMode.never.enabled(Map.of(), true)).isFalse();
    }

    @Test
    void alwaysColoursTheVerdictWordAndNothingElse() {
        Cli.Run run = Cli.run("check", "--color=always", HYUNMOO_4);
        assertThat(run.out()).contains("2012 (current)  " + RED + "\n");
        assertThat(run.out().replace(RED, "PROHIBITED")).isEqualTo(Cli.run("check", "--color=never", HYUNMOO_4).out());
    }

    @Test
    void aPipeGetsNoColourByDefault() {
        assertThat(Cli.run("check", HYUNMOO_4).out()).doesNotContain("\u001b[");
    }

    @Test
    void aBadValueIsOneUsageError() {
        Cli.Run run = Cli.run("check", "--color=sometimes", HYUNMOO_4);
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(run.err()).contains("--color").contains("always");
    }
}
