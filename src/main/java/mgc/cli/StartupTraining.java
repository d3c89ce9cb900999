package mgc.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The work the {@code ./mgc} launcher runs once per jar while recording the class-data-sharing
 * archive ({@code -XX:ArchiveClassesAtExit}): several command lines in one JVM, separated by
 * {@code --}, each run as {@code mgc} would run it, all output discarded. The archive then holds
 * the classes of every common command (check in text and JSON, compare, test, revisions), not only
 * those of whatever a user happened to run first after a build (docs/performance.md).
 *
 * <p>Not a user command: it prints nothing and always exits 0, since a failed training run must
 * only cost start-up speed. The launcher verifies the archive before using it.
 */
public final class StartupTraining {

    private StartupTraining() {}

    public static void main(String[] args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
        for (String[] commandLine : commandLines(args)) {
            try {
                Main.run(commandLine, discard, discard);
            } catch (RuntimeException | Error e) {
                // Training is best effort: the next command line still loads its classes.
            }
        }
        // No System.exit status to pass on: the archive is written when the JVM exits normally.
    }

    /** The command lines in {@code args}, split at each {@code --} (an empty one is skipped). */
    static List<String[]> commandLines(String[] args) {
        List<String[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= args.length; i++) {
            if (i == args.length || args[i].equals("--")) {
                if (i > start) {
                    lines.add(Arrays.copyOfRange(args, start, i));
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
