package mgc.cli;

import java.util.concurrent.Callable;
import mgc.spelling.Spelling;
import mgc.output.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mgc help [COMMAND]}: the same text as {@code mgc COMMAND --help}, on stdout, exit 0.
 * mgc's own rather than picocli's HelpCommand, so that it too has -V and an Exit status section.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the help of mgc, or of one command (the same as mgc COMMAND --help).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:help shown", "2:unknown command"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc help", "  mgc help check", "  mgc help compare"})
public final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to show the help of.")
    String name;

    @Override
    public Integer call() {
        CommandLine parent = command.parent().commandLine();
        CommandLine target = name == null ? parent : parent.getSubcommands().get(name);
        if (target == null) {
            String hint = Spelling.nearest(name, parent.getSubcommands().keySet()).map(s -> " (did you mean " + s + "?)").orElse("");
            command.commandLine().getErr().println("error: unknown command \"" + Terminal.safe(name) + "\"" + hint
                    + "; commands: " + String.join(", ", parent.getSubcommands().keySet()));
            command.commandLine().getErr().flush();
            return ExitStatus.ERROR;
        }
        target.usage(command.commandLine().getOut());
        command.commandLine().getOut().flush();
        return ExitStatus.OK;
    }
}
