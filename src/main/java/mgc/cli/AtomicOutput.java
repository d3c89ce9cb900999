package mgc.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A minimal {@code --output FILE}: the report is written (UTF-8, buffered) to {@code FILE.partial}
 * beside FILE and moved over FILE only when complete, so a reader of FILE never sees a
 * half-written report and a failed run leaves any earlier FILE as it was.
 */
final class AtomicOutput {

    /**
     * The body of a command, writing its report to {@code out} and returning its exit status.
     * {@code raw} is the UTF-8 byte stream under {@code out}, for reports that encode on worker
     * threads; flush {@code out} before writing to it.
     */
    interface Body {
        int run(PrintWriter out, OutputStream raw) throws IOException, InterruptedException;
    }

    private AtomicOutput() {}

    /** Runs {@code body} writing to {@code output}, or to {@code stdout} when output is null. */
    static int write(Path output, PrintWriter stdout, OutputStream stdoutRaw, Body body)
            throws IOException, InterruptedException {
        if (output == null) {
            return body.run(stdout, stdoutRaw);
        }
        Path target = output.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        int status;
        try (BufferedOutputStream bytes = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
             PrintWriter file = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), false)) {
            status = body.run(file, bytes);
            file.flush();
            if (file.checkError()) {
                throw new IOException("cannot write " + output);
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return status;
    }
}
