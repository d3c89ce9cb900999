package mgc.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mgc.document.InputError;

/**
 * Expands the PATH arguments of {@code mgc test} into scenario files: files as given, folders
 * searched recursively (sorted, so runs are repeatable) for {@code *.scenario.yaml} and
 * {@code *.scenario.yml}. Spec and revision files in the same folders are data the scenarios
 * refer to, not scenarios, and are left alone.
 */
public final class ScenarioFiles {

    /** The folder {@code mgc test} reads when given no PATH. */
    public static final String DEFAULT_FOLDER = "scenarios";

    public record Expanded(List<String> files, List<InputError> errors) {}

    private ScenarioFiles() {}

    public static Expanded expand(List<String> arguments) {
        List<String> files = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                    List<Path> found = walk.filter(Files::isRegularFile).filter(ScenarioFiles::isScenarioFile).sorted().toList();
                    if (found.isEmpty()) {
                        errors.add(InputError.ofFile(argument, "no scenario files (*.scenario.yaml) in this folder"));
                    }
                    found.forEach(p -> files.add(p.toString()));
                } catch (IOException | UncheckedIOException e) {
                    errors.add(InputError.ofFile(argument, "cannot search folder: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                if (isScenarioFile(path)) {
                    files.add(argument);
                } else {
                    errors.add(InputError.ofFile(argument, "not a scenario file: scenario files are named *.scenario.yaml"));
                }
            } else {
                errors.add(InputError.ofFile(argument, "no such file or folder"));
            }
        }
        return new Expanded(files, errors);
    }

    public static boolean isScenarioFile(Path path) {
        return path.getFileName().toString().matches(".*\\.scenario\\.ya?ml");
    }
}
