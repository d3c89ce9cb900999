package mgc.report;

import mgc.output.JsonOutput;
import mgc.output.InputErrorJson;
import mgc.output.Provenance;
import mgc.output.RunSummary;
import mgc.output.JsonEscapes;
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

    static final JsonFactory FACTORY = new JsonFactory();

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

    /**
     * Encoders' buffers already written, for encoders to take again instead of a new one (and a
     * copy of what they encoded) for every chunk.
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<byte[]> spare = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private static final int MAX_SPARE = 16;

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
        JsonLineEncoder lines = new JsonLineEncoder();
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
            public Encoded bytes() {
                byte[] next = spare.poll();
                return lines.handOver(next != null ? next : new byte[1 << 20]);
            }
        };
    }

    @Override
    public void writeEncoded(Encoded encoded) throws IOException {
        json.flush();
        if (raw == null) {
            out.write(new String(encoded.buffer(), 0, encoded.length(), StandardCharsets.UTF_8));
        } else {
            out.flush();
            raw.write(encoded.buffer(), 0, encoded.length());
        }
        // Written: the buffer goes back to the encoders (a few circulate, one per chunk in flight).
        if (spare.size() < MAX_SPARE) {
            spare.offer(encoded.buffer());
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
