package mgc.cli;

import java.io.PrintWriter;
import java.util.List;
import mgc.output.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every mistake on the command line gets the same short answer on stderr, exit status 2:
 * {@code error: OPTION: what is wrong}, then where to read the usage. The full usage is not
 * printed: it would bury the one line that matters (and {@code --help} is one word away).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        // A request for help wins over whatever else is wrong on the line (mgc check --help --format x).
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals("-h") || arg.equals("--help")) {
                command.usage(command.getOut());
                command.getOut().flush();
                return ExitStatus.OK;
            }
        }
        PrintWriter err = command.getErr();
        err.println("error: " + Terminal.safe(message(exception)));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitStatus.ERROR;
    }

    static String message(ParameterException exception) {
        if (exception instanceof UnmatchedArgumentException unmatched) {
            List<String> unknown = unmatched.getUnmatched();
            String first = unknown.isEmpty() ? "" : unknown.get(0);
            List<String> suggestions = unmatched.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)";
            if (first.startsWith("-") && !first.equals("-")) {
                return first + ": unknown option" + hint;
            }
            return "unexpected argument \"" + first + "\"" + (unknown.size() > 1 ? " (and " + (unknown.size() - 1) + " more)" : "") + hint;
        }
        ArgSpec arg = exception.getArgSpec();
        if (arg != null && exception.getCause() instanceof CommandLine.TypeConversionException conversion) {
            return name(arg) + ": " + conversion.getMessage();
        }
        String message = exception.getMessage();
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
