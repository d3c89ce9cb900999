package mgc.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long run on standard error, drawn by the progressbar library
 * (me.tongfei:progressbar). It appears only once the run has taken {@link #DELAY}, so a short
 * check never flickers a bar, and it is cleared when the run ends, leaving only the summary line.
 * Safe to feed from several threads.
 */
final class ProgressMeter implements LongConsumer, AutoCloseable {

    /** Runs shorter than this show no meter. */
    static final Duration DELAY = Duration.ofMillis(800);

    private final String task;
    private final String unit;
    private final long total;
    private final PrintStream err;
    private final boolean ascii;
    private final long startNanos = System.nanoTime();
    private final Duration delay;
    private ProgressBar bar;
    private boolean closed;

    private ProgressMeter(String task, String unit, long total, PrintStream err, boolean ascii, Duration delay) {
        this.task = task;
        this.unit = unit;
        this.total = total;
        this.err = err;
        this.ascii = ascii;
        this.delay = delay;
    }

    /**
     * A meter for {@code task}, counting {@code unit}s out of {@code total} (-1 when not known in
     * advance), or one that shows nothing when {@code mode} says not to.
     */
    static ProgressMeter start(ProgressMode mode, String task, String unit, long total, PrintStream err) {
        Map<String, String> env = System.getenv();
        boolean shown = mode.enabled(env, System.console() != null);
        // Plain ASCII where colour is unwanted; the library's default style colours the bar.
        boolean ascii = !env.getOrDefault("NO_COLOR", "").isEmpty() || "dumb".equals(env.get("TERM"));
        return shown ? new ProgressMeter(task, unit, total, err, ascii, DELAY) : new ProgressMeter(task, unit, total, null, true, DELAY);
    }

    /** A meter that shows at once, on {@code err}; for tests. */
    static ProgressMeter immediate(String task, String unit, long total, PrintStream err) {
        return new ProgressMeter(task, unit, total, err, true, Duration.ZERO);
    }

    @Override
    public synchronized void accept(long done) {
        if (err == null || closed) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - startNanos < delay.toNanos()) {
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setUnit(" " + unit, 1)
                    .setStyle(ascii ? ProgressBarStyle.ASCII : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(err, 100))
                    .setUpdateIntervalMillis(250)
                    .showSpeed()
                    .clearDisplayOnFinish()
                    .build();
        }
        bar.stepTo(done);
    }

    /** Whether a bar was drawn (the run outlasted the delay and the mode allowed it). */
    synchronized boolean drawn() {
        return bar != null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (bar != null) {
            bar.close();
        }
    }
}
