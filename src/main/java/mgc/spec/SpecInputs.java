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

    /** Files found, in order, and errors for arguments that name nothing readable. */
    public record Expanded(List<String> files, List<InputError> errors) {}

    private SpecInputs() {}

    public static Expanded expand(List<String> arguments) {
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
                    List<Path> found = walk.filter(Files::isRegularFile).filter(SpecInputs::isSpecFile).sorted().toList();
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

    static boolean isSpecFile(Path path) {
        String name = path.getFileName().toString();
        return Format.ofFileName(name).isPresent() && !name.matches(".*\\.(scenario|revision)\\.ya?ml");
    }
}
