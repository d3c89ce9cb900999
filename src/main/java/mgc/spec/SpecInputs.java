package mgc.spec;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mgc.document.Format;
import mgc.document.InputError;

/**
 * Expands the PATH arguments of a command into spec files: files as given, directories searched
 * recursively (sorted, so output order is stable) for .yaml, .yml and .json, and {@code -} for
 * standard input. Scenario files ({@code *.scenario.yaml}) and the hypothetical revisions they
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
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                    List<Path> regular = walk.filter(Files::isRegularFile).toList();
                    List<Path> found = regular.stream().filter(SpecInputs::isSpecFile).sorted().toList();
                    if (found.isEmpty() && !allowEmpty) {
                        errors.add(InputError.ofFile(argument, noSpecFiles(regular)));
                    }
                    found.forEach(p -> files.add(p.toString()));
                } catch (IOException | java.io.UncheckedIOException e) {
                    errors.add(InputError.ofFile(argument, "cannot search folder: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                files.add(argument);
            } else {
                errors.add(InputError.ofFile(argument, "no such file or folder"));
            }
        }
        return new Expanded(files, errors);
    }

    private static String noSpecFiles(List<Path> regular) {
        long skipped = regular.stream().filter(p -> Format.ofFileName(p.getFileName().toString()).isPresent()).count();
        return "no spec files found in this folder (looked for .yaml, .yml, .json, .jsonl"
                + (skipped > 0 ? "; " + skipped + " scenario or revision file" + (skipped == 1 ? "" : "s") + " skipped" : "")
                + "); pass --allow-empty if none is expected";
    }

    static boolean isSpecFile(Path path) {
        String name = path.getFileName().toString();
        return Format.ofFileName(name).isPresent() && !name.matches(".*\\.(scenario|revision)\\.ya?ml");
    }
}
