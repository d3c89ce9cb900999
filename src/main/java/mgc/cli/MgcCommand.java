package mgc.cli;

import picocli.CommandLine.Command;

@Command(name = "mgc", mixinStandardHelpOptions = true, version = "mgc 0.1.0",
        description = "Checks missile system specs against the ROK-US missile guideline and its revisions.",
        subcommands = {CheckCommand.class, RevisionsCommand.class, SweepCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:all permitted", "1:at least one prohibited", "2:input or usage error"})
public final class MgcCommand {
}
