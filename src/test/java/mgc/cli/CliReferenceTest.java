package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * docs/cli.md is made from the command tree itself (options, exit statuses, examples), so it
 * cannot drift from {@code --help}. Regenerate: {@code mvn -o test -Dtest=CliReferenceTest -Dmgc.updateDocs=true}.
 */
class CliReferenceTest {

    private static final Path DOC = Path.of("docs", "cli.md");

    static String reference() {
        StringBuilder md = new StringBuilder("""
                # The command line, command by command

                Generated from the commands' own definitions by `CliReferenceTest` (`mvn -o test
                -Dtest=CliReferenceTest -Dmgc.updateDocs=true`), so it says what `mgc COMMAND --help` says.
                Every command takes `-h`/`--help` and `-V`/`--version`; `mgc help COMMAND` is the same as
                `mgc COMMAND --help`. Exit statuses: 0 nothing found, 1 findings, 2 input or usage error.

                """);
        CommandLine root = Main.commandLine();
        for (CommandLine command : root.getSubcommands().values()) {
            section(md, command, "mgc");
        }
        return md.toString();
    }

    private static void section(StringBuilder md, CommandLine command, String parent) {
        CommandSpec spec = command.getCommandSpec();
        String name = parent + " " + spec.name();
        md.append("## `").append(name).append("`\n\n");
        md.append(String.join(" ", spec.usageMessage().description())).append("\n\n");
        md.append("```text\n").append(new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).stripTrailing()).append("\n```\n\n");
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
        if (!positionals.isEmpty() || !options.isEmpty()) {
            md.append("| argument or option | description |\n|---|---|\n");
            for (PositionalParamSpec p : positionals) {
                md.append("| `").append(p.paramLabel()).append("` | ").append(cell(p.description(), p.defaultValue())).append(" |\n");
            }
            for (OptionSpec o : options) {
                String label = String.join(", ", o.names()) + (o.arity().max() > 0 && !o.type().equals(boolean.class) ? " " + o.paramLabel() : "");
                md.append("| `").append(label).append("` | ").append(cell(o.description(), o.defaultValue())).append(" |\n");
            }
            md.append('\n');
        }
        String[] exits = spec.usageMessage().exitCodeList().entrySet().stream()
                .map(e -> "| " + e.getKey().strip() + " | " + e.getValue().replace("|", "\\|") + " |").toArray(String[]::new);
        if (exits.length > 0) {
            md.append("| exit status | meaning |\n|---|---|\n").append(String.join("\n", exits)).append("\n\n");
        }
        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            md.append("Examples:\n\n```sh\n");
            for (String line : footer) {
                md.append(line.strip()).append('\n');
            }
            md.append("```\n\n");
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!sub.getCommandSpec().name().equals("help")) {
                section(md, sub, name);
            }
        }
    }

    /** The description with its default filled in; the core count is the machine's, so it is named, not printed. */
    private static String cell(String[] description, String defaultValue) {
        String text = String.join(" ", description).replace("${DEFAULT-VALUE}", defaultValue == null ? "" : defaultValue)
                .replace("|", "\\|").replace("%n", " ");
        return text.replaceAll("the number of cores, \\d+", "the number of cores");
    }

    @Test
    void theReferenceIsUpToDate() throws Exception {
        String generated = reference();
        if (Boolean.getBoolean("mgc.updateDocs")) {
            Files.writeString(DOC, generated);
        }
        assertThat(Files.readString(DOC)).as("docs/cli.md is stale; regenerate with -Dmgc.updateDocs=true").isEqualTo(generated);
    }

    @Test
    void everyCommandHasExamplesAndExitStatuses() {
        for (CommandLine command : Main.commandLine().getSubcommands().values()) {
            String name = command.getCommandSpec().name();
            if (name.equals("help") || name.equals("completion")) {
                continue;
            }
            assertThat(command.getCommandSpec().usageMessage().footer()).as(name + " examples").isNotEmpty();
            assertThat(command.getCommandSpec().usageMessage().exitCodeList()).as(name + " exit statuses").isNotEmpty();
        }
    }
}
