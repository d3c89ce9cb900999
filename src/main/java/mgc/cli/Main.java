package mgc.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: sets up quiet logging before anything touches Drools, then runs the command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, false), new PrintWriter(System.err, false)));
    }

    /** Runs a command line and returns its exit status; used by tests without a new process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Logging.configure(java.util.Arrays.asList(args).contains("--verbose"));
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parsed) -> {
            err.println("error: " + exception.getMessage());
            if (parsed.hasMatchedOption("--verbose")) {
                exception.printStackTrace(err);
            } else {
                err.println("(internal error; run with --verbose for details)");
            }
            err.flush();
            return ExitStatus.ERROR;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /**
     * The command tree with mgc's conventions: option values that name a choice are read
     * case-insensitively (with aliases such as {@code md}), and every usage error has one shape
     * (see {@link UsageErrors}). Also what {@code docs/cli.md} and shell completion are made from.
     */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MgcCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Choices.register(commandLine);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitStatus.ERROR);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitStatus.ERROR);
        return commandLine;
    }
}
