package mgc.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Tells JSON Lines on standard input from YAML or one JSON document, by the first line: JSON
 * Lines starts with a whole object on one line. A one-line JSON document is the same system
 * read either way; a pretty-printed one starts with a lone '{' and is read as YAML, as before.
 */
final class StdinSniffer {

    /** How far ahead the first line is looked for; the stream is reset after. */
    static final int PEEK_BYTES = 1 << 16;

    private StdinSniffer() {}

    static boolean looksLikeJsonLines(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        String first = text.substring(start, end).strip();
        return first.length() > 1 && first.startsWith("{") && first.endsWith("}");
    }
}
