package mgc.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.output.InputErrorJson;
import mgc.output.JsonOutput;
import mgc.output.Provenance;
import mgc.report.ReportWriter;
import mgc.output.RunSummary;
import mgc.report.SystemResult;
import mgc.revision.Revision;

/**
 * {@code mgc timeline --format json}: {@code {"revisions": [...], "systems": [...], "errors": [...],
 * "provenance": {...}}}, each system written as a record into the streaming generator as it comes.
 */
public final class TimelineJson implements ReportWriter {

    record RevisionJson(String id, String from, String dates) {}

    record PeriodJson(String from, String to, String verdict, List<String> revisions, List<String> rules) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SystemJson(String file, int line, int column, String system, String type, List<PeriodJson> periods,
                      String guideline_ended) {}

    private final PrintWriter out;
    private final Provenance provenance;
    private final List<InputError> errors = new ArrayList<>();
    private List<Revision> revisions = List.of();
    private JsonGenerator json;

    public TimelineJson(PrintWriter out, Provenance provenance) {
        this.out = out;
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) throws IOException {
        this.revisions = List.copyOf(revisions);
        json = JsonOutput.generator(out);
        json.writeStartObject();
        JsonOutput.field(json, "revisions", revisions.stream()
                .map(r -> new RevisionJson(r.id(), r.date(), r.dating().describe())).toList());
        json.writeArrayFieldStart("systems");
    }

    @Override
    public void result(SystemResult result) throws IOException {
        List<PeriodJson> periods = History.of(revisions, result).stream()
                .map(p -> new PeriodJson(p.from(), p.to().orElse(null), p.decision().id(), p.revisions(), p.rules()))
                .toList();
        JsonOutput.write(json, new SystemJson(result.file(), result.spec().location().line(), result.spec().location().column(),
                result.spec().name(), result.spec().type().id(), periods, History.ended(revisions).orElse(null)));
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        json.writeEndArray();
        InputErrorJson.writeArray(json, "errors", errors);
        JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.flush();
        out.println();
        out.flush();
    }
}
