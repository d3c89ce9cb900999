package mgc.document;

import java.nio.file.Path;

/** A file to read, with the name to show for it in messages (which may differ from its path). */
public record InputFile(Path path, String name) {

    public static InputFile of(Path path) {
        return new InputFile(path, path.toString());
    }
}
