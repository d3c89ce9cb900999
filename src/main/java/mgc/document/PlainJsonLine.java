package mgc.document;

/**
 * The common JSON Lines line read without Jackson: one flat object whose keys are plain strings
 * and whose values are plain strings or whole numbers ({@code {"name":"a","range":"800 km","payload":500}}),
 * which is what batches of millions of systems are made of. It builds exactly the nodes, with the
 * same locations, that {@link DocumentReader#readJsonLine} builds through Jackson
 * (PlainJsonLineTest holds the two equal). Anything else (escapes, control characters, nested
 * values, true/false/null, signs, fractions, a duplicate key, a value over a read limit, any
 * syntax error) is not read here: the caller gives the line to Jackson, so every error and every
 * unusual line is read, and worded, exactly as before.
 */
final class PlainJsonLine {

    private final String name;
    private final int lineNumber;
    private final String text;
    private final ReadLimits limits;
    private int at;

    private PlainJsonLine(String name, int lineNumber, String text, ReadLimits limits) {
        this.name = name;
        this.lineNumber = lineNumber;
        this.text = text;
        this.limits = limits;
    }

    /** The line's object, or null when the line is not plain (then Jackson reads it). */
    static Node.MapNode read(String name, int lineNumber, String text, ReadLimits limits) {
        return new PlainJsonLine(name, lineNumber, text, limits).object();
    }

    private Node.MapNode object() {
        if (limits.maxDepth() < 1) {
            return null;
        }
        skipBlanks();
        if (at >= text.length() || text.charAt(at) != '{') {
            return null;
        }
        Location location = here();
        at++;
        Node.Fields fields = new Node.Fields();
        skipBlanks();
        if (at < text.length() && text.charAt(at) == '}') {
            at++;
        } else {
            while (true) {
                skipBlanks();
                Location keyLocation = here();
                String key = string(true);
                if (key == null || fields.containsKey(key)) {
                    return null;
                }
                skipBlanks();
                if (at >= text.length() || text.charAt(at) != ':') {
                    return null;
                }
                at++;
                skipBlanks();
                Node value = scalar();
                // The object and each value count as nodes, as the Jackson path counts them.
                if (value == null || fields.size() + 2 > limits.maxNodes()) {
                    return null;
                }
                fields.put(key, new Node.Field(key, keyLocation, value));
                skipBlanks();
                if (at >= text.length()) {
                    return null;
                }
                char c = text.charAt(at++);
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    return null;
                }
            }
        }
        skipBlanks();
        return at == text.length() ? new Node.MapNode(location, fields) : null;
    }

    /** A string value or a whole number, or null for anything else. */
    private Node scalar() {
        if (at >= text.length()) {
            return null;
        }
        Location location = here();
        char first = text.charAt(at);
        if (first == '"') {
            String value = string(false);
            return value == null ? null : new Node.ScalarNode(location, value, Node.ScalarKind.STRING);
        }
        if (first < '0' || first > '9') {
            return null;
        }
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        int length = at - start;
        // A leading zero (01) is a JSON syntax error; a fraction or exponent is not plain.
        if ((first == '0' && length > 1) || length > limits.maxNumberChars()) {
            return null;
        }
        if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            return null;
        }
        return new Node.ScalarNode(location, text.substring(start, at), Node.ScalarKind.NUMBER);
    }

    /**
     * Keys read before, by the hash of their text: a batch's lines spell the same few keys, and
     * taking the one string read before saves cutting (and hashing) a new one for every field of
     * every line. Shared by the worker threads without a lock: a slot holds a whole String or
     * another one (Strings are immutable and safely published), and a slot that does not match
     * is simply replaced, so a thread may miss, never read a wrong key.
     */
    private static final String[] KEYS = new String[256];
    private static final int MAX_KEPT_KEY = 32;

    /** A string with no escape and no control character, as its text; null otherwise. */
    private String string(boolean key) {
        if (at >= text.length() || text.charAt(at) != '"') {
            return null;
        }
        int start = ++at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                if (at - start > limits.maxStringChars()) {
                    return null;
                }
                return key ? key(start, at++) : text.substring(start, at++);
            }
            if (c == '\\' || c < 0x20) {
                return null;
            }
            at++;
        }
        return null;
    }

    /** The key spelt from {@code start} to {@code end}: the one read before when it is kept, equal to a substring in any case. */
    private String key(int start, int end) {
        int length = end - start;
        if (length > MAX_KEPT_KEY) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = (hash ^ (hash >>> 16)) & (KEYS.length - 1);
        String kept = KEYS[slot];
        if (kept != null && kept.length() == length && text.regionMatches(start, kept, 0, length)) {
            return kept;
        }
        String read = text.substring(start, end);
        KEYS[slot] = read;
        return read;
    }

    /** JSON's blanks within a line (a line has no line break). */
    private void skipBlanks() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private Location here() {
        return new Location(name, lineNumber, at + 1);
    }
}
