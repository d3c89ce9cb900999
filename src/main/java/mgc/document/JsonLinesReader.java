package mgc.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a JSON Lines stream into lines without holding the file: memory is bounded by the
 * longest line, not the file, so a file of a million systems streams. Each line is decoded as
 * strict UTF-8 (a bad byte is an error at its line and column, as in {@link DocumentReader});
 * a line longer than the file-size limit is reported and skipped, since for a streamed format that limit
 * bounds a line rather than the whole file. {@code \r\n} endings and a leading BOM are accepted.
 * Parse each line with {@link DocumentReader#readJsonLine}. Not thread-safe.
 */
public final class JsonLinesReader implements Closeable {

    /** One line of the file, 1-based as an editor numbers it, without its line ending. */
    public record Line(int number, String text) {}

    private final String name;
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int lineNumber;
    private boolean finished;
    /** Set after an over-long line was reported: the rest of it is skipped on the next call. */
    private boolean skipping;

    public JsonLinesReader(String name, InputStream in, ReadLimits limits) {
        this.name = name;
        this.in = in;
        this.maxLineBytes = limits.maxFileBytes();
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException, InputException {
        if (skipping) {
            skipRestOfLine();
        }
        if (finished) {
            return null;
        }
        int length = 0;
        boolean ascii = true;
        while (true) {
            if (position == limit) {
                if (!refill()) {
                    if (length == 0) {
                        return null;
                    }
                    break;
                }
            }
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                ascii &= buffer[end] >= 0;
                end++;
            }
            int chunk = end - start;
            if (length + (long) chunk > maxLineBytes) {
                lineNumber++;
                position = end;
                skipping = true;
                throw new InputException(new InputError(name, lineNumber, 1, null, "line is over the limit of "
                        + maxLineBytes + " bytes (see --max-file-size)"));
            }
            if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
            }
            System.arraycopy(buffer, start, line, length, chunk);
            length += chunk;
            position = end;
            if (end < limit) {
                position++; // the newline
                break;
            }
        }
        lineNumber++;
        int from = 0;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            from = 3;
        }
        if (length > from && line[length - 1] == '\r') {
            length--;
        }
        String text;
        if (ascii) {
            text = new String(line, from, length - from, StandardCharsets.ISO_8859_1);
        } else {
            try {
                text = StrictUtf8.decode(name, Arrays.copyOfRange(line, from, length));
            } catch (InputException e) {
                InputError error = e.errors().get(0);
                throw new InputException(new InputError(name, lineNumber, error.column(), error.field(), error.message()));
            }
        }
        return new Line(lineNumber, text);
    }

    /** Reads the next buffer of input; false, and the reader finished, at the end of it. */
    private boolean refill() throws IOException {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
            limit = 0;
            finished = true;
            return false;
        }
        return true;
    }

    private void skipRestOfLine() throws IOException {
        skipping = false;
        while (true) {
            if (position == limit && !refill()) {
                return;
            }
            while (position < limit) {
                if (buffer[position++] == '\n') {
                    return;
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
