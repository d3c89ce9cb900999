package mgc.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML and JSON files into located {@link Node} trees, safely: strict UTF-8, bounded size
 * and depth, no YAML tags, anchors or aliases (so no object construction and no alias bombs),
 * no duplicate keys. Every failure is an {@link InputException} naming file, line and column.
 */
public final class DocumentReader {

    private final ReadLimits limits;
    private final JsonFactory jsonFactory;
    private final YAMLFactory yamlFactory;
    private final LoaderOptions loaderOptions;
    /** Bytes read so far by this reader, against {@link ReadLimits#maxTotalBytes()}. */
    private final AtomicLong consumed = new AtomicLong();

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringChars())
                .maxNumberLength(limits.maxNumberChars())
                .maxNameLength(limits.maxStringChars())
                .build();
        // Duplicate keys are caught by the node builder, which names both places.
        this.jsonFactory = JsonFactory.builder().streamReadConstraints(constraints)
                .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        this.loaderOptions = new LoaderOptions();
        loaderOptions.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        loaderOptions.setNestingDepthLimit(limits.maxDepth() + 1);
        loaderOptions.setMaxAliasesForCollections(0);
        loaderOptions.setAllowDuplicateKeys(true);
        this.yamlFactory = YAMLFactory.builder().loaderOptions(loaderOptions).streamReadConstraints(constraints)
                .disable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    public DocumentReader() {
        this(ReadLimits.defaults());
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads a file whose format is given by its extension. */
    public List<Node> read(Path path) throws InputException {
        return read(InputFile.of(path));
    }

    /** Reads a file whose format is given by its extension, naming it as {@code file.name()}. */
    public List<Node> read(InputFile file) throws InputException {
        Path path = file.path();
        String name = file.name();
        Format format = Format.ofFileName(name).orElseThrow(() -> new InputException(
                InputError.ofFile(name, "unknown file type: expected .yaml, .yml, .json or .jsonl")));
        return read(name, readBytes(path, name), format);
    }

    /** Reads a file's bytes, refusing files over the size limit before reading them. */
    public byte[] readBytes(Path path, String name) throws InputException {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw new InputException(InputError.ofFile(name, "file is " + size
                        + " bytes, over the limit of " + limits.maxFileBytes() + " bytes (see --max-file-size)"));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(InputError.ofFile(name, "no such file"));
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + describe(e)));
        }
    }

    /** Reads a stream (e.g. stdin) up to the size limit; a longer stream is refused. */
    public byte[] readBounded(String name, InputStream in) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw new InputException(InputError.ofFile(name,
                        "input is over the limit of " + limits.maxFileBytes() + " bytes (see --max-file-size)"));
            }
            if (consumed.addAndGet(bytes.length) > limits.maxTotalBytes()) {
                throw new InputException(overTotal(name));
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + describe(e)));
        }
    }

    /** The error for input beyond {@link ReadLimits#maxTotalBytes()}: the rest is not read. */
    public InputError overTotal(String name) {
        return InputError.ofFile(name, "input stops here: this run has read its limit of " + limits.maxTotalBytes()
                + " bytes in all (see --max-input-size); the rest is not read");
    }

    /**
     * A stream that counts what it gives against the run's total; once that is spent it ends
     * early (reads as end of input) and {@link Metered#overLimit()} says so, so a stream that
     * never ends ({@code /dev/zero}) still does.
     */
    public Metered metered(InputStream in) {
        return new Metered(in);
    }

    /** See {@link #metered}. */
    public final class Metered extends java.io.FilterInputStream {
        private boolean overLimit;

        private Metered(InputStream in) {
            super(in);
        }

        public boolean overLimit() {
            return overLimit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            long left = limits.maxTotalBytes() - consumed.get();
            if (left <= 0) {
                overLimit = true;
                return -1;
            }
            int read = in.read(bytes, offset, (int) Math.min(length, left));
            if (read > 0) {
                consumed.addAndGet(read);
            }
            return read;
        }
    }

    public List<Node> read(String name, byte[] bytes, Format format) throws InputException {
        if (format == Format.JSON_LINES) {
            return readJsonLines(name, bytes);
        }
        String text = decodeUtf8(name, bytes);
        if (format == Format.YAML) {
            refuseLongLines(name, text);
        }
        try (JsonParser parser = format == Format.YAML
                ? yamlFactory.createParser(text)
                : jsonFactory.createParser(text)) {
            List<Node> documents = new ArrayList<>();
            Builder builder = new Builder(name, parser, 0, text.indexOf('\\') >= 0);
            JsonToken token;
            try {
                while ((token = parser.nextToken()) != null) {
                    if (format == Format.JSON && !documents.isEmpty()) {
                        throw new InputException(builder.error(null, "unexpected content after the JSON value"));
                    }
                    documents.add(builder.value(token, 0, null));
                }
            } catch (StreamConstraintsException e) {
                throw new InputException(overLimit(name, parser, e));
            }
            if (documents.isEmpty()) {
                throw new InputException(InputError.ofFile(name, "file is empty: expected at least one document"));
            }
            if (format == Format.YAML) {
                refuseTags(name, text);
            }
            return documents;
        } catch (JsonProcessingException e) {
            throw new InputException(fromJackson(name, e));
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + describe(e)));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, depth) as unchecked exceptions.
            throw new InputException(InputError.ofFile(name, "cannot parse: " + firstLine(e.getMessage())));
        }
    }

    /** Jackson's own limit messages name its API; say which of ours was hit, and where. */
    private InputError overLimit(String name, JsonParser parser, StreamConstraintsException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message;
        if (original.startsWith("Document nesting depth")) {
            message = "nesting deeper than " + limits.maxDepth() + " levels";
        } else if (original.startsWith("Number value length")) {
            message = "number longer than " + limits.maxNumberChars() + " characters";
        } else if (original.startsWith("String value length")) {
            message = "string longer than " + limits.maxStringChars() + " characters";
        } else if (original.startsWith("Name length")) {
            message = "key longer than " + limits.maxStringChars() + " characters";
        } else {
            message = "over a read limit: " + firstLine(original);
        }
        // Where the offending value starts: the parser's own position depends on how far it had
        // buffered, which would make the message differ from run to run.
        JsonLocation at = parser.currentTokenLocation();
        return at == null || at.getLineNr() < 1 ? InputError.ofFile(name, message)
                : new InputError(name, at.getLineNr(), Math.max(1, at.getColumnNr()), null, message);
    }

    /**
     * SnakeYAML has no limit on one scalar and scans a very long one slowly and with much
     * memory; no value may be longer than the string limit anyway, so a longer line is refused
     * before parsing, which bounds the work per line.
     */
    private void refuseLongLines(String name, String text) throws InputException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > limits.maxStringChars()) {
                    throw new InputException(new InputError(name, line, 1, null, "line is " + (i - start)
                            + " characters long, over the limit of " + limits.maxStringChars() + " for one value"));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /**
     * Jackson drops the tag of a mapping's first key ({@code ? !!java.net.URL id}), so a text
     * that could hold a tag is, once Jackson has accepted it (and refused the tags it sees, with
     * their field), also scanned with SnakeYAML's own event parser, which sees every tag. Text
     * without a {@code !} has none and costs nothing more.
     */
    private void refuseTags(String name, String text) throws InputException {
        if (text.indexOf('!') < 0) {
            return;
        }
        try {
            org.yaml.snakeyaml.parser.Parser events = new org.yaml.snakeyaml.parser.ParserImpl(
                    new org.yaml.snakeyaml.reader.StreamReader(text), loaderOptions);
            while (events.peekEvent() != null && !events.checkEvent(org.yaml.snakeyaml.events.Event.ID.StreamEnd)) {
                org.yaml.snakeyaml.events.Event event = events.getEvent();
                String tag = event instanceof org.yaml.snakeyaml.events.ScalarEvent scalar ? scalar.getTag()
                        : event instanceof org.yaml.snakeyaml.events.CollectionStartEvent collection ? collection.getTag()
                        : null;
                if (tag != null) {
                    Mark at = event.getStartMark();
                    throw new InputException(new InputError(name, at.getLine() + 1, at.getColumn() + 1, null,
                            "YAML tags (!tag) are not supported: mgc files are plain data"));
                }
            }
        } catch (RuntimeException e) {
            // A syntax error: the Jackson parse that follows reports it with its place.
        }
    }

    /** A whole JSON Lines file held in memory (small files); large ones are streamed by {@link JsonLinesReader}. */
    private List<Node> readJsonLines(String name, byte[] bytes) throws InputException {
        List<Node> documents = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        try (JsonLinesReader lines = new JsonLinesReader(name, new java.io.ByteArrayInputStream(bytes), limits)) {
            for (JsonLinesReader.Line line = lines.next(); line != null; line = lines.next()) {
                try {
                    documents.add(readJsonLine(name, line.number(), line.text()));
                } catch (InputException e) {
                    errors.addAll(e.errors());
                }
            }
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + describe(e)));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        if (documents.isEmpty()) {
            throw new InputException(InputError.ofFile(name, "file is empty: expected at least one line"));
        }
        return documents;
    }

    /**
     * Parses one line of a JSON Lines file: exactly one JSON object, with the same limits and
     * checks (duplicate keys, depth, sizes) as a .json file, located at {@code lineNumber}.
     */
    public Node readJsonLine(String name, int lineNumber, String line) throws InputException {
        if (line.isBlank()) {
            throw new InputException(new InputError(name, lineNumber, 1, null, "empty line: expected a JSON object"));
        }
        // The plain lines of a batch without Jackson's parser; anything else through it, as always.
        Node plain = PlainJsonLine.read(name, lineNumber, line, limits);
        return plain != null ? plain : parseJsonLine(name, lineNumber, line);
    }

    /** {@link #readJsonLine} through Jackson, whatever the line. */
    Node parseJsonLine(String name, int lineNumber, String line) throws InputException {
        try (JsonParser parser = jsonFactory.createParser(line)) {
            Builder builder = new Builder(name, parser, lineNumber - 1, line.indexOf('\\') >= 0);
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new InputException(builder.error(null, "expected a JSON object (one system a line), got "
                        + describeToken(token)));
            }
            try {
                Node node = builder.value(token, 0, null);
                if (parser.nextToken() != null) {
                    throw new InputException(builder.error(null, "unexpected content after the JSON object (one system a line)"));
                }
                return node;
            } catch (StreamConstraintsException e) {
                InputError error = overLimit(name, parser, e);
                throw new InputException(error.line() < 1 ? error
                        : new InputError(name, error.line() + lineNumber - 1, error.column(), error.field(), error.message()));
            }
        } catch (JsonProcessingException e) {
            throw new InputException(fromJackson(name, e, lineNumber - 1));
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + describe(e)));
        }
    }

    private static String describeToken(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(token);
        };
    }

    private static InputError fromJackson(String name, JsonProcessingException e) {
        return fromJackson(name, e, 0);
    }

    private static InputError fromJackson(String name, JsonProcessingException e, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return fromSnakeYaml(name, yaml);
        }
        JsonLocation at = e.getLocation();
        String message = firstLine(e.getOriginalMessage());
        if (at == null || at.getLineNr() < 1) {
            return InputError.ofFile(name, "syntax error: " + message);
        }
        return new InputError(name, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()), null, "syntax error: " + message);
    }

    /**
     * SnakeYAML's message is several lines: what it was parsing and where that began, then the
     * problem and where it is. Keep both in one line, at the problem's place.
     */
    private static InputError fromSnakeYaml(String name, MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        StringBuilder message = new StringBuilder("syntax error: ").append(e.getProblem() == null ? "invalid YAML" : e.getProblem().strip());
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext().strip());
            if (e.getContextMark() != null) {
                message.append(" at line ").append(e.getContextMark().getLine() + 1)
                        .append(", column ").append(e.getContextMark().getColumn() + 1);
            }
            message.append(')');
        }
        return new InputError(name, problem.getLine() + 1, problem.getColumn() + 1, null, message.toString());
    }

    /** Strict UTF-8: a bad byte is an error at its line and column, never a replacement character. */
    static String decodeUtf8(String name, byte[] bytes) throws InputException {
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

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Builds nodes from the token stream, enforcing the structural limits as it goes. */
    private final class Builder {
        private final String name;
        private final JsonParser parser;
        private final int lineOffset;
        private int nodes;

        /** Whether the text has a backslash, the only way ({@code \\uD800}) to write a lone surrogate in UTF-8 text. */
        private final boolean escapes;

        /**
         * @param lineOffset lines before the parsed text (a JSON Lines line is parsed on its own)
         * @param escapes    whether the text has escapes, so strings must be checked for lone surrogates
         */
        Builder(String name, JsonParser parser, int lineOffset, boolean escapes) {
            this.name = name;
            this.parser = parser;
            this.lineOffset = lineOffset;
            this.escapes = escapes;
        }

        /**
         * A lone surrogate is not a character: written out it would silently become '?' (or make
         * the JSON encoder fail), so it is refused where it was written.
         */
        private void refuseLoneSurrogate(String text, String path) throws InputException {
            if (!escapes) {
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new InputException(error(path, String.format("a lone surrogate \\u%04X is not a character:"
                            + " escape a character outside the BMP as a pair, or write it as it is", (int) c)));
                }
            }
        }

        InputError error(String field, String message) {
            return InputError.at(here(), field, message);
        }

        private Location here() {
            JsonLocation at = parser.currentTokenLocation();
            return new Location(name, Math.max(1, at.getLineNr()) + lineOffset, Math.max(1, at.getColumnNr()));
        }

        Node value(JsonToken token, int depth, String path) throws IOException, InputException {
            if (++nodes > limits.maxNodes()) {
                throw new InputException(error(path, "document has more than " + limits.maxNodes() + " values"));
            }
            if (depth > limits.maxDepth()) {
                throw new InputException(error(path, "nesting deeper than " + limits.maxDepth() + " levels"));
            }
            refuseYamlMarkup(path);
            Location location = here();
            // The JSON parser enforces these itself; the YAML parser does not.
            if (token == JsonToken.VALUE_STRING && parser.getTextLength() > limits.maxStringChars()) {
                throw new InputException(error(path, "string longer than " + limits.maxStringChars() + " characters"));
            }
            if ((token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
                    && parser.getTextLength() > limits.maxNumberChars()) {
                throw new InputException(error(path, "number longer than " + limits.maxNumberChars() + " characters"));
            }
            return switch (token) {
                case START_OBJECT -> map(location, depth, path);
                case START_ARRAY -> list(location, depth, path);
                case VALUE_STRING -> {
                    refuseLoneSurrogate(parser.getText(), path);
                    yield new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.STRING);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.NUMBER);
                case VALUE_TRUE, VALUE_FALSE -> new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.BOOLEAN);
                case VALUE_NULL -> new Node.ScalarNode(location, parser.getText(), Node.ScalarKind.NULL);
                default -> throw new InputException(error(path, "unexpected " + token));
            };
        }

        private void refuseYamlMarkup(String path) throws IOException, InputException {
            if (!(parser instanceof YAMLParser yaml)) {
                return;
            }
            if (yaml.isCurrentAlias()) {
                throw new InputException(error(path, "YAML aliases (*name) are not supported: write the value out"));
            }
            if (yaml.getObjectId() != null) {
                throw new InputException(error(path, "YAML anchors (&name) are not supported: write the value out"));
            }
            if (yaml.getTypeId() != null) {
                throw new InputException(error(path, "YAML tags (!tag) are not supported: mgc files are plain data"));
            }
        }

        private Node map(Location location, int depth, String path) throws IOException, InputException {
            Node.Fields fields = new Node.Fields();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                refuseYamlMarkup(path);
                refuseLoneSurrogate(key, path);
                Location keyLocation = here();
                if (key.length() > limits.maxStringChars()) {
                    throw new InputException(InputError.at(keyLocation, null,
                            "key longer than " + limits.maxStringChars() + " characters"));
                }
                String childPath = path == null ? key : path + "." + key;
                if (fields.containsKey(key)) {
                    Location first = fields.get(key).keyLocation();
                    throw new InputException(InputError.at(keyLocation, childPath,
                            "duplicate key (first at line " + first.line() + ", column " + first.column() + ")"));
                }
                Node value = value(parser.nextToken(), depth + 1, childPath);
                fields.put(key, new Node.Field(key, keyLocation, value));
            }
            if (token != JsonToken.END_OBJECT) {
                throw new InputException(error(path, "unexpected " + token + " in a mapping"));
            }
            return new Node.MapNode(location, fields);
        }

        private Node list(Location location, int depth, String path) throws IOException, InputException {
            List<Node> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new InputException(error(path, "unexpected end of input in a list"));
                }
                items.add(value(token, depth + 1, (path == null ? "" : path) + "[" + items.size() + "]"));
            }
            return new Node.ListNode(location, items);
        }
    }
}
