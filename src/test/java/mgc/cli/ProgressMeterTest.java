package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a progress meter is shown, and that it is the library's bar on standard error. */
class ProgressMeterTest {

    @Test
    void autoShowsOnlyOnAnInteractiveTerminalOutsideCi() {
        assertThat(ProgressMode.auto.enabled(Map.of(), true)).isTrue();
        assertThat(ProgressMode.auto.enabled(Map.of(), false)).isFalse();
        assertThat(ProgressMode.auto.enabled(Map.of("CI", "true"), true)).isFalse();
        assertThat(ProgressMode.auto.enabled(Map.of("TERM", "dumb"), true)).isFalse();
        assertThat(ProgressMode.auto.enabled(Map.of("CI", ""), true)).isTrue();
    }

    @Test
    void alwaysAndNeverAreWhatTheUserAsked() {
        assertThat(ProgressMode.always.enabled(Map.of("CI", "true"), false)).isTrue();
        assertThat(ProgressMode.never.enabled(Map.of(), true)).isFalse();
    }

    @Test
    void theBarIsDrawnOnTheGivenStreamWithTaskAndUnit() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressMeter meter = ProgressMeter.immediate("sweep", "ranges", 40, err)) {
            for (long done = 1; done <= 40; done++) {
                meter.accept(done);
            }
            assertThat(meter.drawn()).isTrue();
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("sweep").contains("40/40 ranges");
    }

    @Test
    void underAutoOffATerminalNothingIsDrawn() {
        // Tests run without a console, as CI does: auto must stay silent.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ProgressMeter meter = ProgressMeter.start(ProgressMode.auto, "check", "systems", -1,
                new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            for (long done = 1; done <= 1000; done++) {
                meter.accept(done);
            }
            assertThat(meter.drawn()).isFalse();
        }
        assertThat(bytes.size()).isZero();
    }
}
