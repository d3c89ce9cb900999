package mgc.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.Check;
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
    private final JsonGenerator json;

    /** Writes to {@code out}; encoded chunks are decoded back to text for it. */
    public JsonLinesReport(Writer out) throws IOException {
        this(out, null);
    }

    /**
     * Writes to {@code out}, and encoded chunks straight to {@code raw}, the UTF-8 stream under
     * {@code out} ({@code out} is flushed first, so the order holds).
     */
    public JsonLinesReport(Writer out, OutputStream raw) throws IOException {
        this.out = out;
        this.raw = raw;
        this.json = configure(FACTORY.createGenerator(out));
    }

    private static JsonGenerator configure(JsonGenerator json) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // One object a line: the default root separator is a space.
        json.setRootValueSeparator(null);
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
        json.writeStartObject();
        json.writeStringField("kind", "summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("systems", summary.systems());
        json.writeNumberField("revisions", summary.revisions());
        json.writeNumberField("permitted", summary.permitted());
        json.writeNumberField("prohibited", summary.prohibited());
        json.writeNumberField("errors", summary.errors());
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        out.flush();
    }

    @Override
    public Encoder encoder() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        JsonGenerator chunk = configure(FACTORY.createGenerator(buffer, JsonEncoding.UTF8));
        return new Encoder() {
            @Override
            public void result(SystemResult result) throws IOException {
                writeResult(chunk, result);
            }

            @Override
            public void error(InputError error) throws IOException {
                writeError(chunk, error);
            }

            @Override
            public byte[] bytes() throws IOException {
                chunk.flush();
                byte[] bytes = buffer.toByteArray();
                buffer.reset();
                return bytes;
            }
        };
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

    private static void writeResult(JsonGenerator json, SystemResult result) throws IOException {
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
            json.writeString(verdict.decision().id());
            json.writeFieldName(FINDINGS);
            json.writeStartArray();
            for (Check check : verdict.checks()) {
                if (check.violated()) {
                    writeFinding(json, check);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private static void writeFinding(JsonGenerator json, Check check) throws IOException {
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
        json.writeStartObject();
        json.writeStringField("kind", "error");
        json.writeStringField("file", error.file());
        json.writeNumberField("line", error.line());
        json.writeNumberField("column", error.column());
        if (error.field() == null) {
            json.writeNullField("field");
        } else {
            json.writeStringField("field", error.field());
        }
        json.writeStringField("message", error.message());
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
