package mgc.report;

import java.io.IOException;
import mgc.document.InputError;

/**
 * A report whose entries can be encoded on worker threads and written later, in input order, by
 * the one thread that owns the output. A batch spread over several cores uses it so that
 * formatting (and the UTF-8 encoding) is spread too; a report without it gets its results one by
 * one on that thread.
 */
public interface ChunkEncoding {

    /** Encodes entries as UTF-8; used by one thread at a time, for one chunk or for several in turn ({@link #bytes} after each). */
    interface Encoder {
        void result(SystemResult result) throws IOException;

        void error(InputError error) throws IOException;

        /** Everything encoded since the last call. */
        Encoded bytes() throws IOException;
    }

    /**
     * Encoded entries: the first {@code length} bytes of {@code buffer}. The buffer is the
     * encoder's own, handed over rather than copied out (a million-line batch encodes 765 MB);
     * {@link #writeEncoded} may give it to an encoder again once it is written.
     */
    record Encoded(byte[] buffer, int length) {}

    Encoder encoder() throws IOException;

    /** Writes what an {@link Encoder} encoded, in order; the buffer is not to be touched after. */
    void writeEncoded(Encoded encoded) throws IOException;
}
