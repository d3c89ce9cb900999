package mgc.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;

/**
 * The layout of a rule base: {@code *.drl} at the top, {@code revisions/*.yaml} below. The
 * default is the copy of the repository's {@code rules/} packaged in the jar; {@code --rules DIR}
 * points at another (trusted: DRL is code).
 *
 * <p>The packaged copy is listed by {@link #INDEX}, written at build time, and its files are
 * read as class path resources: listing them through a zip file system over the 22 MB
 * command-line jar cost every start about 40 ms (docs/performance.md).
 *
 * @param root        the folder on disk, or null for the packaged rule base
 * @param displayRoot how files are named in messages ({@code rules} for the packaged default)
 * @param bundled     true for the rule base shipped in the jar, whose DRL was compiled ahead of
 *                    time ({@link PrecompiledRuleBase})
 * @param packagedFiles the packaged files, relative to the rules folder ({@code revisions/2012.yaml}),
 *                    in the order a folder lists them; empty for a folder on disk
 */
public record RulesDirectory(Path root, String displayRoot, boolean bundled, List<String> packagedFiles) {

    public RulesDirectory {
        packagedFiles = List.copyOf(packagedFiles);
        if ((root == null) != bundled) {
            throw new IllegalArgumentException("a rules folder is either on disk or the packaged one");
        }
    }

    static final String CLASSPATH_ROOT = "mgc-rules";

    /** The class path resource listing the packaged rule files, one relative name a line. */
    static final String INDEX = CLASSPATH_ROOT + "/index.txt";

    public static RulesDirectory of(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(InputError.ofFile(dir.toString(), "rules folder not found (expected a folder with *.drl and revisions/)"));
        }
        if (!Files.isReadable(dir)) {
            throw new InputException(InputError.ofFile(dir.toString(), "rules folder is not readable"));
        }
        return new RulesDirectory(dir, dir.toString(), false, List.of());
    }

    /** The rule base packaged with the tool. */
    public static RulesDirectory packaged() {
        try (InputStream index = RulesDirectory.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new IllegalStateException("the packaged rule base (" + INDEX + ") is missing from the classpath: rebuild with mvn package");
            }
            List<String> files = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
            return new RulesDirectory(null, "rules", true, files);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the packaged rule base's index " + INDEX + ": " + e.getMessage(), e);
        }
    }

    /** The DRL files, sorted by name. */
    public List<InputFile> drlFiles() throws InputException {
        List<InputFile> files = files("", ".drl");
        if (files.isEmpty()) {
            throw new InputException(InputError.ofFile(displayRoot, "no .drl files in the rules folder"));
        }
        return files;
    }

    /** The revision files ({@code revisions/*.yaml}), sorted by name, each named as users see it. */
    public List<InputFile> revisionFiles() throws InputException {
        if (root != null && !Files.isDirectory(root.resolve("revisions"))) {
            throw new InputException(InputError.ofFile(displayRoot + "/revisions", "revisions folder not found"));
        }
        List<InputFile> files = files("revisions/", ".yaml");
        if (files.isEmpty()) {
            throw new InputException(InputError.ofFile(displayRoot + "/revisions", "no revision files (*.yaml)"));
        }
        return files;
    }

    /** A file's name relative to the rules folder ({@code revisions/2012.yaml}), as the digest names it. */
    public String relativeName(InputFile file) {
        if (file.path() != null) {
            return root.relativize(file.path()).toString().replace('\\', '/');
        }
        return file.resource().substring(CLASSPATH_ROOT.length() + 1);
    }

    /** The folder's files directly under {@code folder} ("" or "revisions/") ending in {@code suffix}. */
    private List<InputFile> files(String folder, String suffix) throws InputException {
        if (root == null) {
            return packagedFiles.stream()
                    .filter(name -> name.startsWith(folder) && name.indexOf('/', folder.length()) < 0 && name.endsWith(suffix))
                    .map(name -> InputFile.packaged(CLASSPATH_ROOT + "/" + name, displayRoot + "/" + name))
                    .toList();
        }
        Path dir = folder.isEmpty() ? root : root.resolve(folder);
        try (Stream<Path> stream = Files.list(dir)) {
            return stream.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                    .map(p -> new InputFile(p, display(p))).toList();
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(display(dir), "cannot list: " + e.getMessage()));
        }
    }

    /** A file's name as users should see it: relative to the rules folder. */
    private String display(Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return displayRoot.endsWith("/") ? displayRoot + relative : displayRoot + "/" + relative;
    }
}
