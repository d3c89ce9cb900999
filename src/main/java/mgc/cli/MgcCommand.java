package mgc.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

// scope = INHERIT gives every subcommand -h/--help and -V/--version, accepted anywhere on the line.
// The subcommands are added by Main (SUBCOMMANDS), not listed here: picocli reflects on every class
// listed in the annotation, and a run that names its command needs only that one (start-up).
@Command(name = "mgc", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks missile system specs against the ROK-US missile guideline and its revisions.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all permitted (check), all scenarios passed (test), revisions equivalent (compare)",
                "1:a prohibited verdict, a failed scenario or coverage below the minimum, or a difference",
                "2:input or usage error (wins over 1)"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc check scenarios/examples/",
                "  mgc check --all-revisions --format markdown specs/",
                "  mgc compare 2012 2017",
                "  mgc help check"})
public final class MgcCommand {

    /**
     * The subcommands by name, in the order help lists them. Each name is its class's
     * {@code @Command} name (HelpAndConventionsTest holds them equal); the classes are only loaded
     * and reflected on when their command is built.
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("revisions", RevisionsCommand::new);
        commands.put("test", TestCommand::new);
        commands.put("compare", CompareCommand::new);
        commands.put("envelope", EnvelopeCommand::new);
        commands.put("sweep", SweepCommand::new);
        commands.put("propose", ProposeCommand::new);
        commands.put("timeline", TimelineCommand::new);
        commands.put("help", HelpCommand::new);
        commands.put("completion", CompletionCommand::new);
        return commands;
    }
}
