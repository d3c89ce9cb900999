package mgc.document;

/**
 * The common JSON Lines line read without Jackson: one flat object whose keys are plain strings
 * and whose values are plain strings or whole numbers ({@code {"name":"a","range":"800 km","payload":500}}),
 * which is what batches of millions of systems are made of. {@link #read} builds exactly the
 * nodes, with the same locations, that {@link DocumentReader#readJsonLine} builds through Jackson
 * (PlainJsonLineTest holds the two equal); {@link #scan} hands the same fields, as places in the
 * line, to a reader that wants no node tree (the batch's spec reader). Anything else (escapes,
 * control characters, nested values, true/false/null, signs, fractions, a duplicate key, a value
 * over a read limit, any syntax error) is not read here: the caller gives the line to Jackson,
 * so every error and every unusual line is read, and worded, exactly as before.
 */
public final class PlainJsonLine {

    /**
     * Takes the fields of a plain line one by one, in the order written. A key is
     * {@code text[keyStart, keyEnd)} and a value {@code text[valueStart, valueEnd)} (a string's
     * without its quotes); columns are 1-based, where Jackson's path locates the key and the value.
     */
    public interface Fields {
        /** @return false when the line is not for this reader (a duplicate key, a field it does not take) */
        boolean field(int keyStart, int keyEnd, int keyColumn, int valueStart, int valueEnd, int valueColumn, boolean string);
    }

    private final String text;
    private final ReadLimits limits;
    private int at;

    private PlainJsonLine(String text, ReadLimits limits) {
        this.text = text;
        this.limits = limits;
    }

    /** The line's object, or null when the line is not plain (then Jackson reads it). */
    static Node.MapNode read(String name, int lineNumber, String text, ReadLimits limits) {
        Node.Fields fields = new Node.Fields();
        int column = scan(text, limits, (keyStart, keyEnd, keyColumn, valueStart, valueEnd, valueColumn, string) -> {
            String key = text.substring(keyStart, keyEnd);
            if (fields.containsKey(key)) {
                return false;
            }
            Node value = new Node.ScalarNode(new Location(name, lineNumber, valueColumn), text.substring(valueStart, valueEnd),
                    string ? Node.ScalarKind.STRING : Node.ScalarKind.NUMBER);
            fields.put(key, new Node.Field(key, new Location(name, lineNumber, keyColumn), value));
            return true;
        });
        return column < 0 ? null : new Node.MapNode(new Location(name, lineNumber, column), fields);
    }

    /**
     * Hands the fields of a plain line to {@code fields}.
     *
     * @return the column of the object's opening brace, or -1 when the line is not plain or
     *         {@code fields} declined one (then Jackson reads it)
     */
    public static int scan(String text, ReadLimits limits, Fields fields) {
        return new PlainJsonLine(text, limits).object(fields);
    }

    private int object(Fields sink) {
        if (limits.maxDepth() < 1) {
            return -1;
        }
        skipBlanks();
        if (at >= text.length() || text.charAt(at) != '{') {
            return -1;
        }
        int column = at + 1;
        at++;
        int count = 0;
        skipBlanks();
        if (at < text.length() && text.charAt(at) == '}') {
            at++;
        } else {
            while (true) {
                skipBlanks();
                int keyColumn = at + 1;
                if (!string()) {
                    return -1;
                }
                int keyStart = start;
                int keyEnd = end;
                skipBlanks();
                if (at >= text.length() || text.charAt(at) != ':') {
                    return -1;
                }
                at++;
                skipBlanks();
                int valueColumn = at + 1;
                boolean string = at < text.length() && text.charAt(at) == '"';
                // The object and each value count as nodes, as the Jackson path counts them.
                if (!(string ? string() : number()) || count + 2 > limits.maxNodes()) {
                    return -1;
                }
                if (!sink.field(keyStart, keyEnd, keyColumn, start, end, valueColumn, string)) {
                    return -1;
                }
                count++;
                skipBlanks();
                if (at >= text.length()) {
                    return -1;
                }
                char c = text.charAt(at++);
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    return -1;
                }
            }
        }
        skipBlanks();
        return at == text.length() ? column : -1;
    }

    /** Where the last string or number read is: {@code text[start, end)}. */
    private int start;
    private int end;

    /** A whole number; false for anything else. */
    private boolean number() {
        if (at >= text.length()) {
            return false;
        }
        char first = text.charAt(at);
        if (first < '0' || first > '9') {
            return false;
        }
        int from = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        int length = at - from;
        // A leading zero (01) is a JSON syntax error; a fraction or exponent is not plain.
        if ((first == '0' && length > 1) || length > limits.maxNumberChars()) {
            return false;
        }
        if (at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
            return false;
        }
        start = from;
        end = at;
        return true;
    }

    /** A string with no escape and no control character; false otherwise. */
    private boolean string() {
        if (at >= text.length() || text.charAt(at) != '"') {
            return false;
        }
        int from = ++at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                if (at - from > limits.maxStringChars()) {
                    return false;
                }
                start = from;
                end = at++;
                return true;
            }
            if (c == '\\' || c < 0x20) {
                return false;
            }
            at++;
        }
        return false;
    }

    /** JSON's blanks within a line (a line has no line break). */
    private void skipBlanks() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }
}
