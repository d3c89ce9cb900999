package mgc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Standard output as bytes, failing loudly: a {@link java.io.PrintWriter} swallows write errors,
 * so {@code > /dev/full}, a closed stdout or a reader that went away ({@code | head}) would
 * otherwise end in exit status 0 with a truncated report. A failed write throws
 * {@link Failure}, which stops the run at once (nothing more is computed for a broken pipe) and
 * which {@link Main} turns into a message and exit status 2.
 */
final class StandardOutput extends OutputStream {

    /** Writing to standard output failed; unchecked so that it passes through PrintWriter. */
    static final class Failure extends UncheckedIOException {
        Failure(IOException cause) {
            super("cannot write to standard output: " + cause.getMessage(), cause);
        }
    }

    private final OutputStream out;

    StandardOutput(OutputStream out) {
        this.out = out;
    }

    static StandardOutput stdout() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw new Failure(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new Failure(e);
        }
    }
}
