package mgc.output;

/**
 * Escapes user strings (system names, file names, messages, revision titles) for XML and HTML.
 * The five special characters become entities; characters XML 1.0 does not allow (most control
 * characters, lone surrogates, U+FFFE/U+FFFF) and C1 controls become U+FFFD, so the document always parses; line
 * breaks and tabs in attribute values become character references, so parsers keep them.
 */
public final class Markup {

    private static final char REPLACEMENT = '\uFFFD';

    private Markup() {}

    /** For element content and for attribute values in double or single quotes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        out.append(REPLACEMENT);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Same as {@link #escape} but keeps line breaks as they are, for text shown in {@code <pre>}-like blocks. */
    public static String escapeText(String text) {
        return escape(text).replace("&#10;", "\n").replace("&#9;", "\t").replace("&#13;", "");
    }

    /**
     * XML 1.0 Char, for one UTF-16 unit that is not part of a surrogate pair, less DEL and the C1
     * controls (XML allows but discourages them; one of them, U+009B, starts terminal sequences
     * when a report is shown with cat).
     */
    private static boolean allowed(char c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c < 0x7F) || (c > 0x9F && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }
}
