package mgc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * JSON Lines output for large batches: one JSON object a line, streamed, so a run of a million
 * systems never holds its results. Every line has a {@code kind}:
 * <ul>
 *   <li>{@code result}: one system with its verdict under each revision and the findings
 *   (violated checks) behind each prohibited verdict:
 *   {@code {"kind":"result","file","line","column","system","type","verdicts":[{"revision","verdict","findings":[{"rule","field","actual","limit","unit"}]}]}};</li>
 *   <li>{@code error}: {@code {"kind":"error","file","line","column","field","message"}}, in input order;</li>
 *   <li>{@code summary}: the last line, with the counts.</li>
 * </ul>
 * Numbers are in the unit named beside them; key order is fixed, so output is byte-stable.
 * Findings are data (rule, field, actual, limit, unit; actual is null when undeclared); their
 * sentences, the permitted checks (margins) and the sources are left out to keep lines short and a
 * million-line run fast (they halved the output and cost a third of its time);
 * {@code --format json} has them all.
 */
public final class JsonLinesReport implements ReportWriter, ChunkEncoding {

    private static final JsonFactory FACTORY = new JsonFactory();

    // Names and fixed values written millions of times, quoted and escaped once.
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString RESULT = new SerializedString("result");
    private static final SerializedString FILE = new SerializedString("file");
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString COLUMN = new SerializedString("column");
    private static final SerializedString SYSTEM = new SerializedString("system");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString VERDICTS = new SerializedString("verdicts");
    private static final SerializedString REVISION = new SerializedString("revision");
    private static final SerializedString VERDICT = new SerializedString("verdict");
    private static final SerializedString FINDINGS = new SerializedString("findings");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString FIELD = new SerializedString("field");
    private static final SerializedString ACTUAL = new SerializedString("actual");
    private static final SerializedString LIMIT = new SerializedString("limit");
    private static final SerializedString UNIT = new SerializedString("unit");

    private final Writer out;
    private final OutputStream raw;
    private final Provenance provenance;
    private final JsonGenerator json;

    /** Writes to {@code out}; encoded chunks are decoded back to text for it. */
    public JsonLinesReport(Writer out) throws IOException {
        this(out, null, Provenance.UNKNOWN);
    }

    public JsonLinesReport(Writer out, Provenance provenance) throws IOException {
        this(out, null, provenance);
    }

    /**
     * Writes to {@code out}, and encoded chunks straight to {@code raw}, the UTF-8 stream under
     * {@code out} ({@code out} is flushed first, so the order holds).
     */
    public JsonLinesReport(Writer out, OutputStream raw, Provenance provenance) throws IOException {
        this.provenance = provenance;
        this.out = out;
        this.raw = raw;
        this.json = configure(FACTORY.createGenerator(out));
    }

    static JsonGenerator configure(JsonGenerator json) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // One object a line: the default root separator is a space.
        json.setRootValueSeparator(null);
        // The same escapes as --format json (DEL, C1, U+2028/2029, bidi), so a line is as safe to cat.
        json.setCharacterEscapes(new JsonEscapes());
        return json;
    }

    @Override
    public void begin(List<Revision> revisions) {
        // Nothing before the first result: every line stands alone.
    }

    @Override
    public void result(SystemResult result) throws IOException {
        writeResult(json, result);
        json.flush();
    }

    @Override
    public void error(InputError error) throws IOException {
        writeError(json, error);
        json.flush();
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        // The last line says what produced the others, so the batch can be replayed.
        JsonOutput.write(json, new SummaryLine("summary", JsonOutput.Summary.of(summary), JsonOutput.ProvenanceJson.of(provenance)));
        json.writeRaw('\n');
        json.flush();
        out.flush();
    }

    @Override
    public Encoder encoder() {
        LineEncoder lines = new LineEncoder();
        return new Encoder() {
            @Override
            public void result(SystemResult result) {
                lines.result(result);
            }

            @Override
            public void error(InputError error) throws IOException {
                // Rare: through Jackson, then appended in place. Through a writer, as the report's own
                // generator writes: Jackson's UTF-8 generator would escape characters outside the BMP.
                java.io.StringWriter text = new java.io.StringWriter();
                try (JsonGenerator json = configure(FACTORY.createGenerator(text))) {
                    writeError(json, error);
                }
                lines.raw(text.toString().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public byte[] bytes() {
                return lines.take();
            }
        };
    }

    /**
     * Writes result lines as UTF-8 straight into a byte buffer: the same JSON, field for field, as
     * {@link #writeResult} writes through Jackson (a test holds them equal), at a fraction of the
     * cost, because a batch writes millions of lines whose names and most values repeat. Strings
     * are escaped as Jackson escapes them with {@link JsonEscapes} ({@link JsonEscapes#quoteAsUtf8})
     * and remembered by identity (file names, ids, units).
     */
    static final class LineEncoder {
        private static byte[] quote(String text) {
            return JsonEscapes.quoteAsUtf8(text);
        }

        private static final byte[] HEAD = ascii("{\"kind\":\"result\",\"file\":\"");
        private static final byte[] LINE = ascii("\",\"line\":");
        private static final byte[] COLUMN = ascii(",\"column\":");
        private static final byte[] SYSTEM = ascii(",\"system\":\"");
        private static final byte[] TYPE = ascii("\",\"type\":\"");
        private static final byte[] VERDICTS = ascii("\",\"verdicts\":[");
        private static final byte[] REVISION = ascii("{\"revision\":\"");
        private static final byte[] VERDICT = ascii("\",\"verdict\":\"");
        private static final byte[] FINDINGS = ascii("\",\"findings\":[");
        private static final byte[] RULE = ascii("{\"rule\":\"");
        private static final byte[] FIELD = ascii("\",\"field\":\"");
        private static final byte[] ACTUAL = ascii("\",\"actual\":");
        private static final byte[] LIMIT = ascii(",\"limit\":");
        private static final byte[] UNIT = ascii(",\"unit\":\"");
        private static final byte[] NULL = ascii("null");

        private static final byte[][] DECISIONS = java.util.Arrays.stream(mgc.engine.Decision.values())
                .map(decision -> quote(decision.id())).toArray(byte[][]::new);
        private static final byte[][] TYPES = java.util.Arrays.stream(mgc.spec.SystemType.values())
                .map(type -> quote(type.id())).toArray(byte[][]::new);

        private final java.util.IdentityHashMap<String, byte[]> escaped = new java.util.IdentityHashMap<>();
        /** The revision written at each position of the verdicts last time, and its escaped id: the same every line of a run. */
        private Revision[] revisions = new Revision[8];
        private byte[][] revisionIds = new byte[8][];
        private byte[] buffer = new byte[1 << 20];
        private int size;

        private static byte[] ascii(String text) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }

        void result(SystemResult result) {
            if (!result.boxes().isEmpty()) {
                // Intervals are rare in a batch and carry the box: written by the general path.
                java.io.StringWriter line = new java.io.StringWriter();
                try (JsonGenerator json = configure(FACTORY.createGenerator(line))) {
                    writeResult(json, result);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                put(line.toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            SystemSpec spec = result.spec();
            put(HEAD);
            put(cached(result.file()));
            put(LINE);
            number(spec.location().line());
            put(COLUMN);
            number(spec.location().column());
            put(SYSTEM);
            text(spec.name());
            put(TYPE);
            put(typeId(spec.type()));
            put(VERDICTS);
            boolean firstVerdict = true;
            int position = 0;
            for (Verdict verdict : result.verdicts()) {
                if (!firstVerdict) {
                    put((byte) ',');
                }
                firstVerdict = false;
                put(REVISION);
                put(revisionId(position++, verdict.revision()));
                put(VERDICT);
                put(DECISIONS[result.decision(verdict).ordinal()]);
                put(FINDINGS);
                boolean firstFinding = true;
                for (TermOutcome check : verdict.checks()) {
                    if (!check.violated()) {
                        continue;
                    }
                    if (!firstFinding) {
                        put((byte) ',');
                    }
                    firstFinding = false;
                    put(RULE);
                    put(cached(check.rule()));
                    put(FIELD);
                    put(cached(check.field()));
                    put(ACTUAL);
                    if (check.actual() == null) {
                        put(NULL);
                    } else {
                        decimal(check.actual());
                    }
                    put(LIMIT);
                    decimal(check.limit());
                    put(UNIT);
                    put(cached(check.unit()));
                    put((byte) '"');
                    put((byte) '}');
                }
                put((byte) ']');
                put((byte) '}');
            }
            put((byte) ']');
            put((byte) '}');
            put((byte) '\n');
        }

        void raw(byte[] bytes) {
            put(bytes);
        }

        byte[] take() {
            byte[] out = java.util.Arrays.copyOf(buffer, size);
            size = 0;
            return out;
        }

        private static byte[] typeId(mgc.spec.SystemType type) {
            return TYPES[type.ordinal()];
        }

        private byte[] revisionId(int position, Revision revision) {
            if (position >= revisions.length) {
                revisions = java.util.Arrays.copyOf(revisions, position * 2);
                revisionIds = java.util.Arrays.copyOf(revisionIds, position * 2);
            }
            if (revisions[position] != revision) {
                revisions[position] = revision;
                revisionIds[position] = quote(revision.id());
            }
            return revisionIds[position];
        }

        private byte[] cached(String text) {
            byte[] bytes = escaped.get(text);
            if (bytes == null) {
                bytes = quote(text);
                if (escaped.size() < 4096) {
                    escaped.put(text, bytes);
                }
            }
            return bytes;
        }

        /** A string's escaped UTF-8: plain printable ASCII (the usual name) copied as is, anything else quoted in full. */
        private void text(String text) {
            int length = text.length();
            if (size + length > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
            }
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
                    put(quote(text)); // over the bytes copied so far
                    return;
                }
                buffer[size + i] = (byte) c;
            }
            size += length;
        }

        /** Decimal digits written in place, as {@link Long#toString(long)} spells them. */
        private void number(long value) {
            if (value == Long.MIN_VALUE) {
                put(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            if (size + 20 > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            if (value < 0) {
                buffer[size++] = '-';
                value = -value;
            }
            int digits = 1;
            for (long rest = value / 10; rest != 0; rest /= 10) {
                digits++;
            }
            int end = size + digits;
            for (int i = end - 1; i >= size; i--) {
                buffer[i] = (byte) ('0' + value % 10);
                value /= 10;
            }
            size = end;
        }

        /**
         * As {@link JsonLinesReport#number}: whole numbers as integers, others as the shortest exact
         * decimal ({@link Numbers#plain}). Between 0.001 and 10^7 {@link Double#toString} already
         * writes that decimal without an exponent (and without trailing zeros, the value not being
         * whole), which is the text {@code Numbers.plain} starts from; elsewhere it goes the long way.
         */
        private void decimal(double value) {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                number((long) value);
                return;
            }
            double magnitude = Math.abs(value);
            String text = magnitude >= 1e-3 && magnitude < 1e7 ? Double.toString(value) : Numbers.plain(value).toPlainString();
            int length = text.length();
            if (size + length > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
            }
            for (int i = 0; i < length; i++) {
                buffer[size + i] = (byte) text.charAt(i); // digits, '-' and '.'
            }
            size += length;
        }

        private void put(byte value) {
            if (size == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = value;
        }

        private void put(byte[] bytes) {
            if (size + bytes.length > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + bytes.length));
            }
            System.arraycopy(bytes, 0, buffer, size, bytes.length);
            size += bytes.length;
        }
    }

    @Override
    public void writeEncoded(byte[] bytes) throws IOException {
        json.flush();
        if (raw == null) {
            out.write(new String(bytes, StandardCharsets.UTF_8));
        } else {
            out.flush();
            raw.write(bytes);
        }
    }

    static void writeResult(JsonGenerator json, SystemResult result) throws IOException {
        SystemSpec spec = result.spec();
        json.writeStartObject();
        json.writeFieldName(KIND);
        json.writeString(RESULT);
        json.writeFieldName(FILE);
        json.writeString(result.file());
        json.writeFieldName(LINE);
        json.writeNumber(spec.location().line());
        json.writeFieldName(COLUMN);
        json.writeNumber(spec.location().column());
        json.writeFieldName(SYSTEM);
        json.writeString(spec.name());
        json.writeFieldName(TYPE);
        json.writeString(spec.type().id());
        json.writeFieldName(VERDICTS);
        json.writeStartArray();
        for (Verdict verdict : result.verdicts()) {
            json.writeStartObject();
            json.writeFieldName(REVISION);
            json.writeString(verdict.revision().id());
            json.writeFieldName(VERDICT);
            json.writeString(result.decision(verdict).id());
            json.writeFieldName(FINDINGS);
            json.writeStartArray();
            for (TermOutcome check : verdict.checks()) {
                if (check.violated()) {
                    writeFinding(json, check);
                }
            }
            json.writeEndArray();
            // Intervals: the prohibited part and the witnesses, as in --format json.
            if (result.box(verdict).isPresent()) {
                WhatIfJson.box(json, result.box(verdict).get());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void writeFinding(JsonGenerator json, TermOutcome check) throws IOException {
        json.writeStartObject();
        json.writeFieldName(RULE);
        json.writeString(check.rule());
        json.writeFieldName(FIELD);
        json.writeString(check.field());
        json.writeFieldName(ACTUAL);
        if (check.actual() == null) {
            json.writeNull();
        } else {
            number(json, check.actual());
        }
        json.writeFieldName(LIMIT);
        number(json, check.limit());
        json.writeFieldName(UNIT);
        json.writeString(check.unit());
        json.writeEndObject();
    }

    /** The shortest exact decimal, as {@link Numbers#plain}; whole numbers (the usual case) without BigDecimal. */
    private static void number(JsonGenerator json, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(Numbers.plain(value));
        }
    }

    private static void writeError(JsonGenerator json, InputError error) throws IOException {
        JsonOutput.write(json, new InputErrorJson.Line(error));
        json.writeRaw('\n');
    }

    /** The last line: {@code {"kind":"summary", the counts, "provenance"}}, so the batch can be replayed. */
    private record SummaryLine(String kind, @com.fasterxml.jackson.annotation.JsonUnwrapped JsonOutput.Summary counts,
                               JsonOutput.ProvenanceJson provenance) {}
}
