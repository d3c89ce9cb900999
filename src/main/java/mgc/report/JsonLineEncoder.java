package mgc.report;

import mgc.output.JsonEscapes;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * and encoded once where they repeat (the file name, revision ids, finding rules, fields and units).
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

    /** The revision written at each position of the verdicts last time (the same every line of a run), for {@link #verdictHeads}. */
    private Revision[] revisions = new Revision[8];
    /** {@code {"revision":"<id>","verdict":"<decision>","findings":[} by position and decision, for the revision last seen there. */
    private byte[][][] verdictHeads = new byte[8][][];
    /** How many finding openings and unit endings are kept (the shipped rules make about ten of each). */
    private static final int FEW = 32;
    private final String[] headRules = new String[FEW];
    private final String[] headFields = new String[FEW];
    private final byte[][] heads = new byte[FEW][];
    private int headCount;
    private final String[] tailUnits = new String[FEW];
    private final byte[][] tails = new byte[FEW][];
    private int tailCount;
    /** The file last written and its line's opening up to the line number. */
    private String headFile;
    private byte[] head;
    /** The violated checks of the verdict being written, and of the one before it in the same line. */
    private TermOutcome[] found = new TermOutcome[8];
    private TermOutcome[] last = new TermOutcome[8];
    private int lastCount;
    /** Where the previous verdict's findings are in the buffer; -1 when there is none to copy (a new line). */
    private int lastFindingsStart;
    private int lastFindingsEnd = -1;
    /** Non-whole numbers already spelt, by their bits: limits repeat on every line, actuals across a line's revisions. */
    private final long[] spelledBits = new long[256];
    private final byte[][] spelled = new byte[256][];
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
        put(head(result.file()));
        number(spec.location().line());
        put(COLUMN);
        number(spec.location().column());
        put(SYSTEM);
        text(spec.name());
        put(TYPE);
        put(typeId(spec.type()));
        put(VERDICTS);
        // Index loops: the lists are List.of's, and an iterator per verdict was a hot allocation.
        List<Verdict> verdicts = result.verdicts();
        lastFindingsEnd = -1;
        for (int position = 0; position < verdicts.size(); position++) {
            Verdict verdict = verdicts.get(position);
            if (position > 0) {
                put((byte) ',');
            }
            put(verdictHead(position, verdict.revision(), result.decision(verdict)));
            findings(verdict.findings());
            put((byte) ']');
            put((byte) '}');
        }
        put((byte) ']');
        put((byte) '}');
        put((byte) '\n');
    }

    /**
     * The findings of one verdict, between its brackets. Revisions of a line often find the very
     * same thing (one impulse over the same cap under 2001, 2012 and 2017): then the bytes the
     * previous verdict's findings came to are copied instead of encoded again.
     */
    private void findings(List<TermOutcome> checks) {
        int count = 0;
        for (int i = 0; i < checks.size(); i++) {
            TermOutcome check = checks.get(i);
            if (check.violated()) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = check;
            }
        }
        if (lastFindingsEnd >= 0 && count == lastCount && sameFindings(count)) {
            int length = lastFindingsEnd - lastFindingsStart;
            ensure(length);
            System.arraycopy(buffer, lastFindingsStart, buffer, size, length);
            size += length;
            return;
        }
        int start = size;
        for (int i = 0; i < count; i++) {
            TermOutcome check = found[i];
            if (i > 0) {
                put((byte) ',');
            }
            put(findingHead(check.rule(), check.field()));
            if (check.actual() == null) {
                put(NULL);
            } else {
                decimal(check.actual());
            }
            put(LIMIT);
            decimal(check.limit());
            put(unitTail(check.unit()));
        }
        TermOutcome[] swap = last;
        last = found;
        found = swap.length >= last.length ? swap : new TermOutcome[last.length];
        lastCount = count;
        lastFindingsStart = start;
        lastFindingsEnd = size;
    }

    /** Whether the {@code count} findings just gathered write what the previous verdict's wrote. */
    private boolean sameFindings(int count) {
        for (int i = 0; i < count; i++) {
            TermOutcome a = found[i];
            TermOutcome b = last[i];
            if (a != b && !(a.rule().equals(b.rule()) && a.field().equals(b.field()) && a.unit().equals(b.unit())
                    && Double.doubleToRawLongBits(a.limit()) == Double.doubleToRawLongBits(b.limit())
                    && (a.actual() == null ? b.actual() == null
                        : b.actual() != null && Double.doubleToRawLongBits(a.actual()) == Double.doubleToRawLongBits(b.actual())))) {
                return false;
            }
        }
        return true;
    }

    void raw(byte[] bytes) {
        put(bytes);
    }

    /**
     * Everything encoded since the last call, in the buffer it was encoded in; from now on the
     * encoder writes into {@code next} (grown as it needs).
     */
    ChunkEncoding.Encoded handOver(byte[] next) {
        ChunkEncoding.Encoded encoded = new ChunkEncoding.Encoded(buffer, size);
        buffer = next;
        size = 0;
        lastFindingsEnd = -1;
        return encoded;
    }

    /** Everything encoded since the last call, copied out. */
    byte[] take() {
        byte[] out = java.util.Arrays.copyOf(buffer, size);
        size = 0;
        lastFindingsEnd = -1;
        return out;
    }

    private static byte[] typeId(mgc.spec.SystemType type) {
        return TYPES[type.ordinal()];
    }

    private byte[] head(String file) {
        if (file != headFile) {
            headFile = file;
            head = concat(HEAD, quote(file), LINE);
        }
        return head;
    }

    private byte[] verdictHead(int position, Revision revision, mgc.engine.Decision decision) {
        if (position >= revisions.length) {
            revisions = java.util.Arrays.copyOf(revisions, position * 2);
            verdictHeads = java.util.Arrays.copyOf(verdictHeads, position * 2);
        }
        if (revisions[position] != revision) {
            revisions[position] = revision;
            verdictHeads[position] = new byte[DECISIONS.length][];
        }
        byte[] bytes = verdictHeads[position][decision.ordinal()];
        if (bytes == null) {
            bytes = concat(REVISION, quote(revision.id()), VERDICT, DECISIONS[decision.ordinal()], FINDINGS);
            verdictHeads[position][decision.ordinal()] = bytes;
        }
        return bytes;
    }

    /**
     * {@code {"rule":"<rule>","field":"<field>","actual":} for a finding. The rule and field texts
     * are the terms' few, so they are found among the few seen (equals is an identity test first,
     * and they are often the same objects; an identity hash lookup for each of three strings of
     * every finding was a twentieth of a worker's time); past {@link #FEW} others are encoded each time.
     */
    private byte[] findingHead(String rule, String field) {
        for (int i = 0; i < headCount; i++) {
            if (headRules[i].equals(rule) && headFields[i].equals(field)) {
                return heads[i];
            }
        }
        byte[] bytes = concat(RULE, quote(rule), FIELD, quote(field), ACTUAL);
        if (headCount < FEW) {
            headRules[headCount] = rule;
            headFields[headCount] = field;
            heads[headCount++] = bytes;
        }
        return bytes;
    }

    /** {@code ,"unit":"<unit>"}} for a finding, its unit found among the few seen as {@link #findingHead} finds the rule. */
    private byte[] unitTail(String unit) {
        for (int i = 0; i < tailCount; i++) {
            if (tailUnits[i].equals(unit)) {
                return tails[i];
            }
        }
        byte[] bytes = concat(UNIT, quote(unit), new byte[] {'"', '}'});
        if (tailCount < FEW) {
            tailUnits[tailCount] = unit;
            tails[tailCount++] = bytes;
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
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

    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    /** Decimal digits written in place, as {@link Long#toString(long)} spells them. */
    private void number(long value) {
        if (value >= 0 && value < 1_000_000_000) {
            // Line numbers, columns and most figures: int arithmetic, the digits counted by comparisons.
            int rest = (int) value;
            int digits = 1;
            while (digits < 9 && rest >= POWERS_OF_TEN[digits]) {
                digits++;
            }
            ensure(digits);
            for (int i = size + digits - 1; i >= size; i--) {
                int tenth = rest / 10;
                buffer[i] = (byte) ('0' + rest - tenth * 10);
                rest = tenth;
            }
            size += digits;
            return;
        }
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
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) ((bits ^ (bits >>> 29)) * 0x9E3779B97F4A7C15L >>> 56);
        byte[] bytes = spelled[slot];
        if (bytes == null || spelledBits[slot] != bits) {
            double magnitude = Math.abs(value);
            String text = magnitude >= 1e-3 && magnitude < 1e7 ? Double.toString(value) : Numbers.plain(value).toPlainString();
            bytes = text.getBytes(StandardCharsets.US_ASCII); // digits, '-' and '.'
            spelled[slot] = bytes;
            spelledBits[slot] = bits;
        }
        put(bytes);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
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
