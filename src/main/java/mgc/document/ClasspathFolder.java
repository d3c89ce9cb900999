package mgc.document;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A folder of files packaged with mgc (the rule base, the example specs), opened as a
 * {@link Path} whether the classes run from a folder or from a jar, so it can be listed and read
 * like any folder.
 */
public final class ClasspathFolder {

    private ClasspathFolder() {}

    /** The folder at {@code resource} on mgc's class path, or empty when it is not packaged. */
    public static Optional<Path> open(String resource) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Optional.of(Path.of(uri));
            }
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return Optional.of(fs.provider().getPath(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the packaged folder " + resource + ": " + e.getMessage(), e);
        }
    }
}
