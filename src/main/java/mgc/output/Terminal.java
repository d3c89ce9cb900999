package mgc.output;

import mgc.document.InputError;

/**
 * Makes user strings safe to print on a terminal: control characters (including ESC, which
 * starts colour and cursor sequences) are shown as {@code \\uXXXX} instead of being obeyed.
 */
public final class Terminal {

    private Terminal() {}

    /** How every command prints an input error on a terminal: {@code error: FILE:LINE:COLUMN: FIELD: MESSAGE}, made safe. */
    public static String errorLine(InputError error) {
        return "error: " + safe(error.describe());
    }

    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (control) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
