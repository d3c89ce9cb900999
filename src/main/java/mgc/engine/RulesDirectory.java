package mgc.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mgc.document.InputError;
import mgc.document.InputException;

/**
 * The layout of a rule base: {@code *.drl} at the top, {@code revisions/*.yaml} below. The
 * default is the copy of the repository's {@code rules/} packaged in the jar; {@code --rules DIR}
 * points at another (trusted: DRL is code).
 *
 * @param displayRoot how files are named in messages ({@code rules/} for the packaged default)
 * @param bundled     true for the rule base shipped in the jar, whose DRL was compiled ahead of
 *                    time ({@link PrecompiledRuleBase})
 */
public record RulesDirectory(Path root, String displayRoot, boolean bundled) {

    public RulesDirectory(Path root, String displayRoot) {
        this(root, displayRoot, false);
    }

    static final String CLASSPATH_ROOT = "mgc-rules";

    public static RulesDirectory of(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(InputError.ofFile(dir.toString(), "rules folder not found (expected a folder with *.drl and revisions/)"));
        }
        if (!Files.isReadable(dir)) {
            throw new InputException(InputError.ofFile(dir.toString(), "rules folder is not readable"));
        }
        return new RulesDirectory(dir, dir.toString());
    }

    /** The rule base packaged with the tool. */
    public static RulesDirectory packaged() {
        Path revisions = mgc.document.ClasspathFolder.open(CLASSPATH_ROOT + "/revisions").orElseThrow(() ->
                new IllegalStateException("the packaged rule base is missing from the classpath: rebuild with mvn package"));
        return new RulesDirectory(revisions.getParent(), "rules", true);
    }

    public List<Path> drlFiles() throws InputException {
        List<Path> files = list(root, ".drl");
        if (files.isEmpty()) {
            throw new InputException(InputError.ofFile(displayRoot, "no .drl files in the rules folder"));
        }
        return files;
    }

    public List<Path> revisionFiles() throws InputException {
        Path dir = root.resolve("revisions");
        if (!Files.isDirectory(dir)) {
            throw new InputException(InputError.ofFile(display(dir), "revisions folder not found"));
        }
        List<Path> files = list(dir, ".yaml");
        if (files.isEmpty()) {
            throw new InputException(InputError.ofFile(display(dir), "no revision files (*.yaml)"));
        }
        return files;
    }

    /** A file's name as users should see it: relative to the rules folder. */
    public String display(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return displayRoot.endsWith("/") ? displayRoot + relative : displayRoot + "/" + relative;
    }

    private List<Path> list(Path dir, String suffix) throws InputException {
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(display(dir), "cannot list: " + e.getMessage()));
        }
    }
}
