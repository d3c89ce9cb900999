package mgc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine;

/** Entry point: sets up quiet logging before anything touches Drools, then runs the command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // Charts are drawn off screen; without this a machine with no display could try to open
        // one. Set here, not in the chart code: a library must not change its user's JVM.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // UTF-8 whatever the locale: under C/POSIX (cron, containers) the platform charset is
        // ASCII and every non-ASCII character of a name would print as '?'.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(StandardOutput.stdout(), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), false);
        System.exit(run(args, out, err));
    }

    /** Runs a command line and returns its exit status; used by tests without a new process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        Logging.configure(verbose);
        List<String> ambiguous = FileNamesAsOptions.find(args);
        if (!ambiguous.isEmpty()) {
            ambiguous.forEach(message -> err.println("error: " + message));
            err.flush();
            return ExitStatus.ERROR;
        }
        if (needsPackagedRuleBase(args)) {
            EarlyRuleSet.start();
        }
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            StandardOutput.Failure failure = outputFailure(exception);
            if (failure != null) {
                err.println("error: " + failure.getMessage());
                err.flush();
                return ExitStatus.ERROR;
            }
            err.println("error: " + exception.getMessage());
            // --verbose belongs to the subcommand, so the top-level parse result never has it.
            if (verbose) {
                exception.printStackTrace(err);
            } else {
                err.println("(internal error; run with --verbose for details)");
            }
            err.flush();
            return ExitStatus.ERROR;
        });
        int status;
        try {
            status = commandLine.execute(args);
            out.flush();
        } catch (StandardOutput.Failure failure) {
            err.println("error: " + failure.getMessage());
            err.flush();
            return ExitStatus.ERROR;
        } catch (OutOfMemoryError e) {
            // The read limits should make this unreachable; if not, a clear message, not a trace.
            err.println("error: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB heap): lower"
                    + " --max-file-size or give Java more heap (MGC_JAVA_OPTS=-Xmx2g)");
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitStatus.ERROR;
        }
        // Anything written through a writer that swallows errors (help, usage) is still checked.
        if (out.checkError()) {
            err.println("error: cannot write to standard output");
            status = ExitStatus.ERROR;
        }
        err.flush();
        return status;
    }

    /**
     * The command tree with mgc's conventions: option values that name a choice are read
     * case-insensitively (with aliases such as {@code md}), every usage error has one shape
     * (see {@link UsageErrors}), no @-files. Also what docs/cli.md and shell completion are made from.
     */
    static CommandLine commandLine() {
        return commandLine(MgcCommand.SUBCOMMANDS.keySet());
    }

    /**
     * The command tree a command line needs: when it starts with the name of a command that works
     * on its own (not {@code help} or {@code completion}, which read the whole tree), only that
     * command; otherwise all. Parsing, help and errors of that command are the same either way; what
     * is saved is picocli's reflection on nine other command classes, a sixth of a check's start-up
     * (docs/performance.md).
     */
    static CommandLine commandLine(String[] args) {
        return namesOneCommand(args) ? commandLine(List.of(args[0])) : commandLine();
    }

    /** Whether the line starts with a command that needs no other ({@code help} and {@code completion} read the tree). */
    private static boolean namesOneCommand(String[] args) {
        return args.length > 0 && MgcCommand.SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help") && !args[0].equals("completion");
    }

    /**
     * Whether the command line is one that loads the packaged rule base: a command that works on
     * its own, with no {@code --rules} folder and no help or version to show. Then the rule set is
     * loaded on the other core while this thread parses the line ({@link EarlyRuleSet}); a wrong
     * guess only costs that core's time.
     */
    static boolean needsPackagedRuleBase(String[] args) {
        if (!namesOneCommand(args)) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("--rules") || arg.startsWith("--rules=") || arg.equals("-h") || arg.equals("--help")
                    || arg.equals("-V") || arg.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    private static CommandLine commandLine(Collection<String> subcommands) {
        CommandLine commandLine = new CommandLine(new MgcCommand());
        for (String name : subcommands) {
            commandLine.addSubcommand(name, MgcCommand.SUBCOMMANDS.get(name).get());
        }
        // An argument "@FILE" must never make FILE's lines options: a file named "@x.yaml" in a
        // folder of specs would turn "mgc check *" into "--rules DIR" (code) or "--output FILE".
        commandLine.setExpandAtFiles(false);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Choices.register(commandLine);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitStatus.ERROR);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitStatus.ERROR);
        return commandLine;
    }

    private static StandardOutput.Failure outputFailure(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StandardOutput.Failure failure) {
                return failure;
            }
        }
        return null;
    }
}
