package mgc.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written all at once or not at all ({@code --output FILE}). Output goes to a temporary
 * file beside the target (same folder, so the same file system); {@link #commit()} renames it over
 * the target atomically. Closing without committing, or any failure, deletes the temporary file,
 * so a reader never sees a half-written report and a failed run leaves an old report untouched.
 * A run stopped by Ctrl-C (SIGINT, SIGTERM) deletes the temporary file from a shutdown hook.
 */
public final class AtomicOutput implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private PrintWriter writer;
    private volatile boolean done;
    /** Deletes the temporary file if the process is stopped (Ctrl-C) before commit or close. */
    private final Thread onInterrupt;

    private AtomicOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.onInterrupt = new Thread(() -> {
            if (!done) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The process is ending; nothing more can be done about it.
                }
            }
        }, "mgc-output-cleanup");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
    }

    /** Creates the temporary file; fails (without touching the target) if the folder is not writable. */
    public static AtomicOutput create(Path target) throws IOException {
        // Not normalized: "L/../out" must name what the shell and the kernel resolve (the parent of
        // the folder L links to), not what removing "L/.." from the text would.
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a folder");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("folder " + (folder == null ? target : folder) + " does not exist");
        }
        for (int attempt = 0; ; attempt++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            // Files.createFile (not createTempFile) so the report gets the usual permissions, not 0600.
            Path temporary = folder.resolve("." + absolute.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".tmp");
            try {
                Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            try {
                return new AtomicOutput(absolute, temporary, new BufferedOutputStream(Files.newOutputStream(temporary)));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
        }
    }

    /** Bytes (an image). */
    public OutputStream stream() {
        return stream;
    }

    /** Text, UTF-8. */
    public PrintWriter writer() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
        }
        return writer;
    }

    /** Flushes, closes and renames the temporary file over the target. */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or closed");
        }
        try {
            if (writer != null) {
                writer.flush();
                if (writer.checkError()) {
                    throw new IOException("cannot write " + temporary);
                }
            }
            stream.close();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            forgetHook();
        } finally {
            if (!done) {
                abandon();
            }
        }
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            abandon();
        }
    }

    private void abandon() throws IOException {
        try {
            stream.close();
        } finally {
            Files.deleteIfExists(temporary);
            done = true;
            forgetHook();
        }
    }

    private void forgetHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and finds nothing to delete.
        }
    }
}
