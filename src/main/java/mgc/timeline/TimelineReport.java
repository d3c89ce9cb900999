package mgc.timeline;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.report.JsonOutput;
import mgc.report.Markup;
import mgc.report.Provenance;
import mgc.report.ReportWriter;
import mgc.report.RunSummary;
import mgc.report.SystemResult;
import mgc.report.Terminal;
import mgc.revision.Revision;

/**
 * {@code mgc timeline}: each system's verdict over the guideline's history, as text, JSON or an
 * HTML page with one bar per system. Results stream through; only the HTML page holds its rows.
 */
public final class TimelineReport implements ReportWriter {

    /** The formats of {@code mgc timeline --format}. */
    public enum Format { text, json, html }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Format format;
    private final Provenance provenance;
    private List<Revision> revisions = List.of();
    private JsonGenerator json;
    private final List<InputError> errors = new ArrayList<>();
    private final List<String> bars = new ArrayList<>();

    public TimelineReport(PrintWriter out, PrintWriter err, Format format, Provenance provenance) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) throws IOException {
        this.revisions = List.copyOf(revisions);
        if (format == Format.json) {
            json = JsonOutput.generator(out);
            json.writeStartObject();
            json.writeArrayFieldStart("revisions");
            for (Revision revision : revisions) {
                json.writeStartObject();
                json.writeStringField("id", revision.id());
                json.writeStringField("from", revision.date());
                json.writeStringField("dates", revision.dating().describe());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("systems");
        } else if (format == Format.text) {
            out.println("in force from each revision's default date (docs/record.md):");
            for (Revision revision : revisions) {
                out.println("  " + revision.id() + ": " + Terminal.safe(revision.dating().describe()));
            }
            out.println();
        }
    }

    @Override
    public void result(SystemResult result) throws IOException {
        List<Decision> decisions = result.verdicts().stream().map(result::decision).toList();
        List<Period> periods = History.of(revisions, result.verdicts(), decisions);
        switch (format) {
            case text -> {
                out.println(Terminal.safe(result.spec().name()) + "  " + result.spec().type().id() + "  "
                        + Terminal.safe(result.spec().location().toString()));
                for (Period period : periods) {
                    out.println("  " + Terminal.safe(period.describe()));
                }
                History.ended(revisions).ifPresent(d -> out.println("  no guideline since " + d + " (ended: no limits apply)"));
                out.flush();
            }
            case json -> {
                json.writeStartObject();
                json.writeStringField("file", result.file());
                json.writeNumberField("line", result.spec().location().line());
                json.writeNumberField("column", result.spec().location().column());
                json.writeStringField("system", result.spec().name());
                json.writeStringField("type", result.spec().type().id());
                json.writeArrayFieldStart("periods");
                for (Period period : periods) {
                    json.writeStartObject();
                    json.writeStringField("from", period.from());
                    if (period.to().isPresent()) {
                        json.writeStringField("to", period.to().get());
                    } else {
                        json.writeNullField("to");
                    }
                    json.writeStringField("verdict", period.decision().id());
                    JsonOutput.stringArray(json, "revisions", period.revisions());
                    JsonOutput.stringArray(json, "rules", period.rules());
                    json.writeEndObject();
                }
                json.writeEndArray();
                if (History.ended(revisions).isPresent()) {
                    json.writeStringField("guideline_ended", History.ended(revisions).get());
                }
                json.writeEndObject();
            }
            case html -> bars.add(bar(result.spec().name(), periods));
        }
    }

    @Override
    public void error(InputError error) throws IOException {
        if (format == Format.text) {
            err.println("error: " + Terminal.safe(error.describe()));
            err.flush();
        } else {
            errors.add(error);
        }
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        switch (format) {
            case text -> {
                out.println();
                out.println(summary.systems() + " system" + (summary.systems() == 1 ? "" : "s") + " over " + revisions.size()
                        + " revisions, " + summary.errors() + " error" + (summary.errors() == 1 ? "" : "s"));
                out.flush();
            }
            case json -> {
                json.writeEndArray();
                json.writeArrayFieldStart("errors");
                for (InputError error : errors) {
                    json.writeStartObject();
                    json.writeStringField("file", error.file());
                    json.writeNumberField("line", error.line());
                    json.writeNumberField("column", error.column());
                    json.writeStringField("field", error.field());
                    json.writeStringField("message", error.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
                JsonOutput.provenance(json, provenance);
                json.writeEndObject();
                json.flush();
                out.println();
                out.flush();
            }
            case html -> html();
        }
    }

    /** Years on the bar's axis: from the first revision to the year after the last. */
    private int firstYear() {
        return Integer.parseInt(revisions.get(0).date().substring(0, 4));
    }

    private int lastYear() {
        return Integer.parseInt(revisions.get(revisions.size() - 1).date().substring(0, 4)) + 2;
    }

    private double x(String date) {
        double year = Integer.parseInt(date.substring(0, 4))
                + (date.length() >= 7 ? (Integer.parseInt(date.substring(5, 7)) - 1) / 12.0 : 0)
                + (date.length() >= 10 ? (Integer.parseInt(date.substring(8, 10)) - 1) / 365.0 : 0);
        return 220 + (year - firstYear()) / (lastYear() - firstYear()) * 660;
    }

    private String bar(String name, List<Period> periods) {
        int y = 30 + bars.size() * 26;
        StringBuilder svg = new StringBuilder("<text x=\"212\" y=\"" + (y + 14) + "\" text-anchor=\"end\">" + Markup.escape(name) + "</text>");
        for (Period period : periods) {
            double from = x(period.from());
            double to = period.to().map(this::x).orElse(880.0);
            svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" class=\"%s\"><title>%s</title></rect>",
                    from, y, Math.max(1, to - from), period.decision().id(), Markup.escape(name + ": " + period.describe())));
        }
        return svg.toString();
    }

    private void html() {
        int height = 60 + bars.size() * 26;
        out.println("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        out.println("<title>mgc timeline</title>");
        out.println("<style>body{font-family:sans-serif;margin:2em}.permitted{fill:#2e7d32}.prohibited{fill:#c62828}"
                + ".depends{fill:#f9a825}text{font-size:12px}.muted{color:#666}</style>\n</head>\n<body>");
        out.println("<h1>Verdicts over the guideline's history</h1>");
        out.println("<p>Each bar is one system; green permitted, red prohibited, amber depends. Each revision is in force"
                + " from its default date to the next one's. Hover a segment for its revisions and rules.</p>");
        out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"" + height + "\" role=\"img\">");
        for (int year = firstYear(); year <= lastYear(); year += 5) {
            double x = x(year + "-01-01");
            out.println(String.format(java.util.Locale.ROOT, "<line x1=\"%.1f\" y1=\"20\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"14\" text-anchor=\"middle\">%d</text>", x, x, height - 20, x, year));
        }
        bars.forEach(out::println);
        out.println("</svg>");
        if (!errors.isEmpty()) {
            out.println("<h2>Input errors</h2>\n<ul>");
            errors.forEach(e -> out.println("<li>" + Markup.escape(e.describe()) + "</li>"));
            out.println("</ul>");
        }
        out.println("<footer class=\"muted\"><p>" + Markup.escape(provenance.line()) + "</p></footer>");
        out.println("</body>\n</html>");
        out.flush();
    }
}
