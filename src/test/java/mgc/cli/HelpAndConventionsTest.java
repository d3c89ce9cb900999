package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The conventions people type without reading: --help, help CMD, --version, usage errors. */
class HelpAndConventionsTest {

    /** Every command path: "", "check", "revisions", ..., from the command tree itself. */
    static List<String> commands() {
        List<String> names = new ArrayList<>();
        names.add("");
        names.addAll(Main.commandLine().getSubcommands().keySet());
        return names;
    }

    private static String[] line(String command, String... rest) {
        List<String> args = new ArrayList<>();
        if (!command.isEmpty()) {
            args.add(command);
        }
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void helpOnEveryCommandGoesToStdoutAndExitsZero(String command) {
        for (String flag : List.of("-h", "--help")) {
            Cli.Run run = Cli.run(line(command, flag));

            assertThat(run.status()).as(command + " " + flag).isEqualTo(0);
            assertThat(run.out()).startsWith("Usage: mgc" + (command.isEmpty() ? "" : " " + command));
            assertThat(run.err()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandsHelpHasExamplesAndExitStatus(String command) {
        String help = Cli.run(line(command, "--help")).out();

        assertThat(help).contains("\nExit status:\n  0   ").contains("\nExamples:\n  ");
        assertThat(help.substring(help.indexOf("\nExamples:\n"))).contains("mgc " + command);
    }

    @ParameterizedTest
    @MethodSource("commands")
    void versionOnEveryCommand(String command) {
        for (String flag : List.of("-V", "--version")) {
            Cli.Run run = Cli.run(line(command, flag));

            assertThat(run.status()).isEqualTo(0);
            assertThat(run.out()).startsWith("mgc " + Version.RELEASE);
        }
    }

    @Test
    void helpAnywhereOnTheLineWinsOverMissingAndBadArguments() {
        Cli.Run afterPositionals = Cli.run("compare", "2012", "2017", "--help");
        Cli.Run withBadValue = Cli.run("check", "--format", "nope", "--help");
        Cli.Run missingRequired = Cli.run("sweep", "-h");

        assertThat(afterPositionals.status()).isZero();
        assertThat(afterPositionals.out()).startsWith("Usage: mgc compare");
        assertThat(withBadValue.status()).isZero();
        assertThat(withBadValue.out()).startsWith("Usage: mgc check");
        assertThat(missingRequired.status()).isZero();
        assertThat(missingRequired.out()).startsWith("Usage: mgc sweep");
    }

    @Test
    void helpCommandShowsTheNamedCommandsHelp() {
        Cli.Run run = Cli.run("help", "compare");
        Cli.Run top = Cli.run("help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(Cli.run("compare", "--help").out());
        assertThat(top.status()).isZero();
        assertThat(top.out()).startsWith("Usage: mgc").contains("completion");
        assertThat(Cli.run("help", "chek").err()).startsWith("error: unknown command \"chek\" (did you mean check?)");
        assertThat(Cli.run("help", "chek").status()).isEqualTo(ExitStatus.ERROR);
    }

    @Test
    void theCommandListShowsWholeSentences() {
        String help = Cli.run("--help").out();
        String commandList = help.substring(help.indexOf("Commands:"), help.indexOf("Exit status:"));

        // Each command's first description line is the one shown; it must be a finished sentence.
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            String first = Main.commandLine().getSubcommands().get(name).getCommandSpec().usageMessage().description()[0];
            assertThat(first).as(name).endsWith(".");
        }
        assertThat(commandList).contains("(the permitted boundary).").doesNotContain("per revision\n");
    }

    @Test
    void everyBadOptionValueHasOneShape() {
        Cli.Run format = Cli.run("check", "--format", "jsn", "x.yaml");
        Cli.Run option = Cli.run("check", "--formt", "json", "x.yaml");
        Cli.Run number = Cli.run("check", "--threads", "many", "x.yaml");
        Cli.Run missing = Cli.run("check");

        assertThat(format.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(format.err()).isEqualTo("error: --format: unknown value \"jsn\" (did you mean \"json\"?); expected one of "
                + "text, json, junit, sarif, markdown, markdown-summary, html, jsonl\nTry 'mgc check --help' for usage.\n");
        assertThat(option.err()).isEqualTo("error: --formt: unknown option (did you mean --format?)\nTry 'mgc check --help' for usage.\n");
        assertThat(number.err()).startsWith("error: --threads: 'many' is not an int\n");
        assertThat(missing.err()).startsWith("error: missing required parameter: 'PATH'\n");
        for (Cli.Run run : List.of(format, option, number, missing)) {
            assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(2);
        }
    }

    @Test
    void formatNamesAreCaseInsensitiveAndMdIsMarkdown() {
        String markdown = Cli.run("check", "--format", "markdown", "scenarios/examples/hyunmoo-2c.yaml").out();

        assertThat(Cli.run("check", "--format", "MD", "scenarios/examples/hyunmoo-2c.yaml").out()).isEqualTo(markdown);
        assertThat(Cli.run("check", "--format", "Markdown", "scenarios/examples/hyunmoo-2c.yaml").out()).isEqualTo(markdown);
        assertThat(Cli.run("compare", "--format", "JSON", "2012", "2017").out()).startsWith("{");
    }

    @Test
    void completionScriptKnowsEveryCommandAndFormat() {
        Cli.Run bash = Cli.run("completion", "bash");
        Cli.Run zsh = Cli.run("completion", "zsh");
        Cli.Run other = Cli.run("completion", "fish");

        assertThat(bash.status()).isZero();
        assertThat(bash.out()).contains("complete -F _complete_mgc").contains("check").contains("sweep")
                .contains("--format").contains("markdown");
        assertThat(zsh.status()).isZero();
        assertThat(zsh.out()).contains("bashcompinit");
        assertThat(other.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(other.err()).startsWith("error: SHELL: unknown value \"fish\"").contains("; expected one of bash, zsh\n");
    }

    @Test
    void theCommandTreeIsTheOneMainRuns() {
        CommandLine tree = Main.commandLine();

        assertThat(tree.getSubcommands()).containsKeys("check", "revisions", "test", "compare", "envelope", "sweep", "help", "completion");
    }

    /** A command line that names its command gets a tree of that command alone (start-up); it must not tell. */
    @ParameterizedTest
    @MethodSource("commands")
    void aTreeOfOneCommandHasTheNameHelpAndOptionsOfTheWholeTree(String command) {
        if (command.isEmpty()) {
            return;
        }
        CommandLine whole = Main.commandLine().getSubcommands().get(command);
        CommandLine alone = Main.commandLine(new String[] {command}).getSubcommands().get(command);

        assertThat(whole.getCommandSpec().name()).isEqualTo(command);
        assertThat(alone.getCommandSpec().name()).isEqualTo(command);
        assertThat(alone.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(whole.getUsageMessage(CommandLine.Help.Ansi.OFF));
        assertThat(alone.getCommandSpec().options().stream().map(o -> o.longestName()).toList())
                .isEqualTo(whole.getCommandSpec().options().stream().map(o -> o.longestName()).toList());
        boolean needsTheWholeTree = command.equals("help") || command.equals("completion");
        assertThat(Main.commandLine(new String[] {command}).getSubcommands()).hasSize(needsTheWholeTree ? whole.getParent().getSubcommands().size() : 1);
    }

    @Test
    void onlyALineThatWillLoadThePackagedRuleBaseStartsLoadingItEarly() {
        assertThat(Main.needsPackagedRuleBase(new String[] {"check", "x.yaml"})).isTrue();
        assertThat(Main.needsPackagedRuleBase(new String[] {"compare", "2012", "2017"})).isTrue();
        assertThat(Main.needsPackagedRuleBase(new String[] {"check", "--", "--rules"})).isTrue();
        assertThat(Main.needsPackagedRuleBase(new String[] {"check", "--rules", "rules", "x.yaml"})).isFalse();
        assertThat(Main.needsPackagedRuleBase(new String[] {"check", "--rules=rules", "x.yaml"})).isFalse();
        assertThat(Main.needsPackagedRuleBase(new String[] {"check", "--help"})).isFalse();
        assertThat(Main.needsPackagedRuleBase(new String[] {"--version"})).isFalse();
        assertThat(Main.needsPackagedRuleBase(new String[] {"help", "check"})).isFalse();
        assertThat(Main.needsPackagedRuleBase(new String[] {})).isFalse();
    }
}
