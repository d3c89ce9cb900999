package mgc.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.FolderWalk;
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
                FolderWalk.Found found = FolderWalk.search(path, ScenarioFiles::isScenarioFile);
                if (found.files().isEmpty() && found.errors().isEmpty()) {
                    errors.add(InputError.ofFile(argument, "no scenario files (*.scenario.yaml) in this folder"));
                }
                files.addAll(found.files());
                errors.addAll(found.errors());
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
