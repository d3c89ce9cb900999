package mgc.cli;

import picocli.CommandLine.Command;

@Command(name = "mgc", mixinStandardHelpOptions = true, version = "mgc 0.1.0",
        description = "Checks missile system specs against the ROK-US missile guideline and its revisions.",
        subcommands = {CheckCommand.class, RevisionsCommand.class, TestCommand.class, CompareCommand.class, EnvelopeCommand.class,
                SweepCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all permitted (check), all scenarios passed (test), revisions equivalent (compare)", "1:a prohibited verdict, a failed scenario or coverage below the minimum, or a difference", "2:input or usage error"})
public final class MgcCommand {
}
