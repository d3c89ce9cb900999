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
                String key = string();
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
            String value = string();
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

    /** A string with no escape and no control character, as its text; null otherwise. */
    private String string() {
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
                return text.substring(start, at++);
            }
            if (c == '\\' || c < 0x20) {
                return null;
            }
            at++;
        }
        return null;
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
