package mgc.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file to read, with the name to show for it in messages (which may differ from where it is):
 * a file on disk, or a resource packaged on mgc's class path (the shipped rule base). Packaged
 * files are read as resources, never through a file system over the jar: opening the 12,000-entry
 * command-line jar as a zip file system cost a check about 40 ms of its start-up
 * (docs/performance.md).
 *
 * @param path     the file on disk, or null for a packaged file
 * @param name     the name in messages
 * @param resource the class path resource of a packaged file, or null for a file on disk
 */
public record InputFile(Path path, String name, String resource) {

    public InputFile {
        if ((path == null) == (resource == null)) {
            throw new IllegalArgumentException("an input file is either on disk or packaged: " + name);
        }
    }

    public InputFile(Path path, String name) {
        this(java.util.Objects.requireNonNull(path, "path"), name, null);
    }

    public static InputFile of(Path path) {
        return new InputFile(path, path.toString());
    }

    /** A file packaged on mgc's class path at {@code resource}, named {@code name} in messages. */
    public static InputFile packaged(String resource, String name) {
        return new InputFile(null, name, resource);
    }

    /** Its size when known before reading (a file on disk). */
    Optional<Long> size() throws IOException {
        return path == null ? Optional.empty() : Optional.of(Files.size(path));
    }

    /** Opens it; a packaged resource that is missing is a {@link NoSuchFileException}. */
    public InputStream open() throws IOException {
        if (path != null) {
            return Files.newInputStream(path);
        }
        InputStream in = InputFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new NoSuchFileException(resource);
        }
        return in;
    }
}
