package mgc.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a shell completion script made by picocli from the command tree, so completion knows
 * every command, option and choice (--format values) without a hand-kept list. picocli's script
 * serves zsh as well, through zsh's bashcompinit, which the script loads itself.
 */
@Command(name = "completion",
        description = "Print a shell completion script for mgc (bash or zsh).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:script printed", "2:unknown shell or usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(mgc completion bash)          # this shell",
                "  mgc completion bash > /etc/bash_completion.d/mgc",
                "  mgc completion zsh > ~/.zfunc/_mgc      # then: source it from ~/.zshrc"})
public final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    CommandSpec command;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("mgc", command.root().commandLine());
        command.commandLine().getOut().print(script);
        command.commandLine().getOut().flush();
        return ExitStatus.OK;
    }
}
