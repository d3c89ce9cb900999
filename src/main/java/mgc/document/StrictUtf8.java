package mgc.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 strictly: a byte order mark is skipped, a bad byte is an input error. */
final class StrictUtf8 {

    private StrictUtf8() {}

    /** Strict UTF-8: a bad byte is an error at its line and column, never a replacement character. */
    static String decode(String name, byte[] bytes) throws InputException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new InputException(new InputError(name, line, column, null, String.format(
                    "not valid UTF-8: byte 0x%02X at offset %d", bytes[in.position()] & 0xFF, in.position())));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
