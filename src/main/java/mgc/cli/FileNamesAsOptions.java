package mgc.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a command line in which a file name could have become an option. A shell glob
 * ({@code mgc check *}) passes every name in the folder as it is, so a file named
 * {@code --rules=DIR} or {@code --output} would be read as that option: running a rule base
 * (code) or overwriting a file. An option-like argument before {@code --} that is also the name
 * of an existing file is therefore an error, as is {@code -} (standard input) when a file of
 * that name exists. After {@code --} every argument is a path, as picocli parses it.
 */
final class FileNamesAsOptions {

    private FileNamesAsOptions() {}

    /** One message per ambiguous argument; empty when there is none. */
    static List<String> find(String[] args) {
        List<String> messages = new ArrayList<>();
        boolean options = true;
        for (String arg : args) {
            if (options && arg.equals("--")) {
                options = false;
                continue;
            }
            if (arg.equals("-") && exists(arg)) {
                messages.add("'-' means standard input, but a file named '-' is here; to check the file, name it ./-");
            } else if (options && arg.length() > 1 && arg.startsWith("-") && exists(arg)) {
                messages.add("'" + mgc.output.Terminal.safe(arg) + "' is a file here, but would be read as an option;"
                        + " file names must come after -- (mgc check -- *) or be written as ./NAME");
            }
        }
        return messages;
    }

    private static boolean exists(String name) {
        try {
            return Files.exists(Path.of(name), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
