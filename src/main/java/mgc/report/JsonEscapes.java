package mgc.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escaping that is also safe to show on a terminal. JSON itself requires only C0 controls
 * to be escaped; this also escapes C1 controls (U+0080..U+009F, e.g. the one-byte CSI that
 * starts terminal sequences), line and paragraph separators and bidi overrides, the same set
 * {@link Terminal#safe} escapes in text output. The JSON value read back is unchanged.
 */
public final class JsonEscapes extends CharacterEscapes {

    private static final int[] ASCII = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        boolean unsafe = (ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029
                || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
        return unsafe ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
}
