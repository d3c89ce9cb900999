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

        /** The bytes of everything encoded since the last call. */
        byte[] bytes() throws IOException;
    }

    Encoder encoder() throws IOException;

    /** Writes bytes from an {@link Encoder}, in order. */
    void writeEncoded(byte[] bytes) throws IOException;
}
