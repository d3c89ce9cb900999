package mgc.report;

import mgc.output.JsonEscapes;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * Writes result lines as UTF-8 straight into a byte buffer: the same JSON, field for field, as
 * {@link JsonLinesReport#writeResult} writes through Jackson (a test holds them equal), at a fraction of the
 * cost, because a batch writes millions of lines whose names and most values repeat. Strings
 * are escaped as Jackson escapes them with {@link JsonEscapes} ({@link JsonEscapes#quoteAsUtf8})
 * and remembered by identity (file names, ids, units).
 */
final class JsonLineEncoder {
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
            try (JsonGenerator json = JsonLinesReport.configure(JsonLinesReport.FACTORY.createGenerator(line))) {
                JsonLinesReport.writeResult(json, result);
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
