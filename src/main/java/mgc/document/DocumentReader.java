package mgc.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.yaml.snakeyaml.LoaderOptions;

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
        String name = file.name();
        if (file.resource() != null) {
            // The shipped rule base: parsed at build time, and never subject to the limits set
            // for the user's input (a small --max-file-size must not refuse mgc's own files).
            try {
                Optional<List<Node>> preparsed = PreparsedNodes.read(file);
                if (preparsed.isPresent()) {
                    return preparsed.get();
                }
            } catch (IOException e) {
                throw new InputException(InputError.ofFile(name, "cannot read: " + ParseErrors.describe(e)));
            }
        }
        Format format = Format.ofFileName(name).orElseThrow(() -> new InputException(
                InputError.ofFile(name, "unknown file type: expected .yaml, .yml, .json or .jsonl")));
        return read(name, readBytes(file), format);
    }

    /** Reads a file's bytes, refusing files over the size limit before reading them. */
    public byte[] readBytes(Path path, String name) throws InputException {
        return readBytes(new InputFile(path, name));
    }

    /** Reads a file's bytes, refusing files over the size limit before reading them where their size is known. */
    public byte[] readBytes(InputFile file) throws InputException {
        String name = file.name();
        try {
            Optional<Long> size = file.size();
            if (size.isPresent() && size.get() > limits.maxFileBytes()) {
                throw new InputException(InputError.ofFile(name, "file is " + size.get()
                        + " bytes, over the limit of " + limits.maxFileBytes() + " bytes (see --max-file-size)"));
            }
            try (InputStream in = file.open()) {
                return readBounded(name, in);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(InputError.ofFile(name, "no such file"));
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + ParseErrors.describe(e)));
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
            throw new InputException(InputError.ofFile(name, "cannot read: " + ParseErrors.describe(e)));
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
        String text = StrictUtf8.decode(name, bytes);
        if (format == Format.YAML) {
            TextChecks.refuseLongLines(limits, name, text);
        }
        try (JsonParser parser = format == Format.YAML
                ? yamlFactory.createParser(text)
                : jsonFactory.createParser(text)) {
            List<Node> documents = new ArrayList<>();
            NodeBuilder builder = new NodeBuilder(limits, name, parser, 0, text.indexOf('\\') >= 0);
            JsonToken token;
            try {
                while ((token = parser.nextToken()) != null) {
                    if (format == Format.JSON && !documents.isEmpty()) {
                        throw new InputException(builder.error(null, "unexpected content after the JSON value"));
                    }
                    documents.add(builder.value(token, 0, null));
                }
            } catch (StreamConstraintsException e) {
                throw new InputException(ParseErrors.overLimit(limits, name, parser, e));
            }
            if (documents.isEmpty()) {
                throw new InputException(InputError.ofFile(name, "file is empty: expected at least one document"));
            }
            if (format == Format.YAML) {
                TextChecks.refuseTags(loaderOptions, name, text);
            }
            return documents;
        } catch (JsonProcessingException e) {
            throw new InputException(ParseErrors.fromJackson(name, e));
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + ParseErrors.describe(e)));
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, depth) as unchecked exceptions.
            throw new InputException(InputError.ofFile(name, "cannot parse: " + ParseErrors.firstLine(e.getMessage())));
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
            throw new InputException(InputError.ofFile(name, "cannot read: " + ParseErrors.describe(e)));
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
            NodeBuilder builder = new NodeBuilder(limits, name, parser, lineNumber - 1, line.indexOf('\\') >= 0);
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                throw new InputException(builder.error(null, "expected a JSON object (one system a line), got "
                        + ParseErrors.describeToken(token)));
            }
            try {
                Node node = builder.value(token, 0, null);
                if (parser.nextToken() != null) {
                    throw new InputException(builder.error(null, "unexpected content after the JSON object (one system a line)"));
                }
                return node;
            } catch (StreamConstraintsException e) {
                InputError error = ParseErrors.overLimit(limits, name, parser, e);
                throw new InputException(error.line() < 1 ? error
                        : new InputError(name, error.line() + lineNumber - 1, error.column(), error.field(), error.message()));
            }
        } catch (JsonProcessingException e) {
            throw new InputException(ParseErrors.fromJackson(name, e, lineNumber - 1));
        } catch (IOException e) {
            throw new InputException(InputError.ofFile(name, "cannot read: " + ParseErrors.describe(e)));
        }
    }

}
