package mgc.cli;

import java.io.PrintStream;
import picocli.CommandLine.Option;

/** The --progress option of the commands that can run long (check, sweep). */
public final class ProgressOption {

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress meter on standard error for long runs: auto (on an interactive terminal only, never in pipes or CI), always, never (default ${DEFAULT-VALUE}).")
    ProgressMode mode;

    ProgressMeter meter(String task, String unit, long total, PrintStream err) {
        return ProgressMeter.start(mode, task, unit, total, err);
    }
}
