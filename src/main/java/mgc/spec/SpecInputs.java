package mgc.spec;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.FolderWalk;
import mgc.document.Format;
import mgc.document.InputError;

/**
 * Expands the PATH arguments of a command into spec files: files as given, directories searched
 * recursively (sorted, so output order is stable) for .yaml, .yml and .json, and {@code -} for
 * standard input. What a folder search cannot read is reported, see {@link FolderWalk}. Scenario files ({@code *.scenario.yaml}) and the hypothetical revisions they
 * use ({@code *.revision.yaml}) are not specs and are skipped in directory walks.
 */
public final class SpecInputs {

    public static final String STDIN = "-";
    /** How standard input is named in reports and counted: one file, whatever else is given. */
    public static final String STDIN_NAME = "<stdin>";

    /** Files found, in order, and errors for arguments that name nothing readable. */
    public record Expanded(List<String> files, List<InputError> errors) {}

    private SpecInputs() {}

    public static Expanded expand(List<String> arguments) {
        return expand(arguments, false);
    }

    /**
     * As {@link #expand(List)}; a folder holding no spec file is an error ("no spec files found
     * in ..."), so a mistyped folder cannot turn CI green, unless {@code allowEmpty}.
     */
    public static Expanded expand(List<String> arguments, boolean allowEmpty) {
        List<String> files = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(STDIN)) {
                files.add(STDIN);
                continue;
            }
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                errors.add(InputError.ofFile(argument, FolderWalk.undecodableName()));
                continue;
            }
            if (Files.isDirectory(path)) {
                FolderWalk.Found found = FolderWalk.search(path, SpecInputs::isSpecFile);
                files.addAll(found.files());
                errors.addAll(found.errors());
                if (found.files().isEmpty() && found.errors().isEmpty() && !allowEmpty) {
                    errors.add(InputError.ofFile(argument, noSpecFiles(path)));
                }
            } else if (Files.exists(path)) {
                // Named on the command line, even a FIFO or a device is read (within the limits).
                files.add(argument);
            } else if (Files.isSymbolicLink(path)) {
                errors.add(InputError.ofFile(argument, "dangling symbolic link: it names nothing"));
            } else {
                errors.add(InputError.ofFile(argument, "no such file or folder"));
            }
        }
        return new Expanded(files, errors);
    }

    private static String noSpecFiles(Path folder) {
        long skipped = FolderWalk.search(folder, p -> Format.ofFileName(p.getFileName().toString()).isPresent()).files().size();
        return "no spec files found in this folder (looked for .yaml, .yml, .json, .jsonl"
                + (skipped > 0 ? "; " + skipped + " scenario or revision file" + (skipped == 1 ? "" : "s") + " skipped" : "")
                + "); pass --allow-empty if none is expected";
    }

    static boolean isSpecFile(Path path) {
        String name = path.getFileName().toString();
        return Format.ofFileName(name).isPresent() && !name.matches(".*\\.(scenario|revision)\\.ya?ml");
    }
}
