package mgc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
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
 *   {@code {"kind":"result","file","line","column","system","type","verdicts":[{"revision","verdict","findings":[{"rule","field","actual","limit","unit","message"}]}]}};</li>
 *   <li>{@code error}: {@code {"kind":"error","file","line","column","field","message"}}, in input order;</li>
 *   <li>{@code summary}: the last line, with the counts.</li>
 * </ul>
 * Numbers are in the unit named beside them; key order is fixed, so output is byte-stable.
 * The permitted checks (margins) are left out to keep lines short; {@code --format json} has them.
 */
public final class JsonLinesReport implements ReportWriter, ChunkEncoding {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Writer out;
    private final JsonGenerator json;

    public JsonLinesReport(Writer out) throws IOException {
        this.out = out;
        this.json = generator(out);
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out);
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
        return new Encoder() {
            // Jackson's own unsynchronised, segmented buffer; it is spent by getAndClear, so a
            // new one follows each text().
            private SegmentedStringWriter text = new SegmentedStringWriter(new BufferRecycler());
            private JsonGenerator chunk = generator(text);

            @Override
            public void result(SystemResult result) throws IOException {
                writeResult(chunk, result);
            }

            @Override
            public void error(InputError error) throws IOException {
                writeError(chunk, error);
            }

            @Override
            public String text() throws IOException {
                chunk.flush();
                String encoded = text.getAndClear();
                text = new SegmentedStringWriter(new BufferRecycler());
                chunk = generator(text);
                return encoded;
            }
        };
    }

    @Override
    public void writeEncoded(String text) throws IOException {
        out.write(text);
    }

    private static void writeResult(JsonGenerator json, SystemResult result) throws IOException {
        SystemSpec spec = result.spec();
        json.writeStartObject();
        json.writeStringField("kind", "result");
        json.writeStringField("file", result.file());
        json.writeNumberField("line", spec.location().line());
        json.writeNumberField("column", spec.location().column());
        json.writeStringField("system", spec.name());
        json.writeStringField("type", spec.type().id());
        json.writeArrayFieldStart("verdicts");
        for (Verdict verdict : result.verdicts()) {
            json.writeStartObject();
            json.writeStringField("revision", verdict.revision().id());
            json.writeStringField("verdict", verdict.decision().id());
            json.writeArrayFieldStart("findings");
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
        json.writeStringField("rule", check.rule());
        json.writeStringField("field", check.field());
        json.writeFieldName("actual");
        if (check.actual() == null) {
            json.writeNull();
        } else {
            number(json, check.actual());
        }
        json.writeFieldName("limit");
        number(json, check.limit());
        json.writeStringField("unit", check.unit());
        json.writeStringField("message", check.message());
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
