package mgc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

// scope = INHERIT gives every subcommand -h/--help and -V/--version, accepted anywhere on the line.
@Command(name = "mgc", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks missile system specs against the ROK-US missile guideline and its revisions.",
        subcommands = {CheckCommand.class, RevisionsCommand.class, TestCommand.class, CompareCommand.class, EnvelopeCommand.class,
                SweepCommand.class, ProposeCommand.class, TimelineCommand.class, HelpCommand.class, CompletionCommand.class},
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
}
