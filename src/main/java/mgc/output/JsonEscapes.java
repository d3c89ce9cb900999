package mgc.output;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON escaping that is also safe to show on a terminal. JSON itself requires only C0 controls
 * to be escaped; this also escapes DEL, C1 controls (U+0080..U+009F, e.g. the one-byte CSI that
 * starts terminal sequences), line and paragraph separators and bidi overrides, the same set
 * {@link Terminal#safe} escapes in text output. The JSON value read back is unchanged. Every
 * JSON format uses it: through Jackson ({@link JsonOutput}, {@code mgc.report.JsonLinesReport}) and in the
 * JSON Lines line encoder ({@link #quoteAsUtf8}, held equal to Jackson's output by its test).
 */
public final class JsonEscapes extends CharacterEscapes {

    private static final int[] ASCII = asciiEscapes();

    private static int[] asciiEscapes() {
        int[] escapes = standardAsciiEscapesForJSON();
        escapes[0x7F] = ESCAPE_STANDARD;
        return escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return unsafe(ch) ? new SerializedString(hex(ch)) : null;
    }

    static boolean unsafe(int ch) {
        return (ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029
                || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
    }

    private static String hex(int ch) {
        return String.format("\\u%04X", ch);
    }

    /**
     * The JSON string literal of {@code text}, quotes excluded, as UTF-8, escaped exactly as a
     * Jackson generator with these escapes writes it (short escapes for {@code " \\ \b \t \n \f \r},
     * {@code \\u00XX} for other C0 controls and DEL, {@code \\uXXXX} for the unsafe characters).
     */
    public static byte[] quoteAsUtf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                int escape = ASCII[c];
                if (escape == 0) {
                    out.write(c);
                } else if (escape > 0) {
                    out.write('\\');
                    out.write(escape);
                } else {
                    out.writeBytes(hex(c).getBytes(StandardCharsets.US_ASCII));
                }
            } else if (unsafe(c)) {
                out.writeBytes(hex(c).getBytes(StandardCharsets.US_ASCII));
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                // Never from input (refused there); escaped rather than turned into '?'.
                out.writeBytes(hex(c).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
