package mgc.report;

import mgc.output.Terminal;
import mgc.output.Markup;
import mgc.output.JsonOutput;
import mgc.output.InputErrorJson;
import mgc.output.Provenance;
import mgc.output.RunSummary;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * {@code mgc check --readings}: per system and revision, the verdict under the base reading and
 * the alternative readings of that revision that flip it ("prohibited under 2012 (MG-TRADEOFF,
 * limit 875 kg at 575 km); permitted under reading 2012~550km (limit 950 kg)"). The evaluation
 * ran against every selected revision and its readings; this groups the verdicts.
 */
public final class ReadingsReport implements ReportWriter {

    /** The formats that can show readings. */
    public enum Style { TEXT, JSON, MARKDOWN, HTML }

    /** One system under one base revision. */
    public record Row(String file, SystemSpec spec, Verdict base, Decision decision, List<Flip> flips, List<String> robustTo) {}

    /** A reading under which the verdict differs. */
    public record Flip(String reading, Decision decision, String detail) {}

    private final PrintWriter out;
    private final Style style;
    private final Provenance provenance;
    private final List<InputError> errors = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private JsonGenerator json;

    public ReadingsReport(PrintWriter out, Style style, Provenance provenance) {
        this.out = out;
        this.style = style;
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) throws IOException {
        if (style == Style.TEXT) {
            provenance.dating().forEach(line -> out.println(Terminal.safe(line)));
        }
    }

    @Override
    public void result(SystemResult result) {
        for (Verdict base : result.verdicts()) {
            if (base.revision().isReading()) {
                continue;
            }
            Decision decision = result.decision(base);
            List<Flip> flips = new ArrayList<>();
            List<String> robust = new ArrayList<>();
            for (Verdict other : result.verdicts()) {
                Optional<String> of = other.revision().readingOf().map(r -> r.baseId());
                if (of.isEmpty() || !of.get().equals(base.revision().id())) {
                    continue;
                }
                Decision under = result.decision(other);
                if (under == decision) {
                    robust.add(other.revision().id());
                } else {
                    flips.add(new Flip(other.revision().id(), under, detail(other, base, result.spec())));
                }
            }
            rows.add(new Row(result.file(), result.spec(), base, decision, flips, robust));
        }
    }

    /** Why a verdict is what it is: the failed checks, or the limits of the checks that failed elsewhere. */
    private static String detail(Verdict verdict, Verdict compared, SystemSpec spec) {
        List<TermOutcome> shown = verdict.findings();
        if (shown.isEmpty()) {
            List<String> rules = compared.findings().stream().map(TermOutcome::rule).toList();
            shown = verdict.checks().stream().filter(c -> rules.contains(c.rule())).toList();
            return String.join("; ", shown.stream().map(c -> "limit " + Numbers.format(c.limit()) + " " + c.unit()).toList());
        }
        return String.join("; ", shown.stream().map(c -> c.rule() + ", limit " + Numbers.format(c.limit()) + " " + c.unit()
                + spec.range().map(r -> " at " + r.display()).orElse("")).toList());
    }

    /** The sentence for one row. */
    static String sentence(Row row) {
        StringBuilder text = new StringBuilder(row.decision().id() + " under " + row.base().revision().id());
        String own = detail(row.base(), row.base(), row.spec());
        if (!own.isEmpty()) {
            text.append(" (").append(own).append(')');
        }
        for (Flip flip : row.flips()) {
            text.append("; ").append(flip.decision().id()).append(" under reading ").append(flip.reading());
            if (!flip.detail().isEmpty()) {
                text.append(" (").append(flip.detail()).append(')');
            }
        }
        if (row.flips().isEmpty()) {
            text.append(row.robustTo().isEmpty() ? "; no alternative readings of this revision"
                    : "; robust to every reading (" + String.join(", ", row.robustTo()) + ")");
        }
        return text.toString();
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        long flipped = rows.stream().filter(r -> !r.flips().isEmpty()).count();
        switch (style) {
            case TEXT -> {
                for (Row row : rows) {
                    out.println(Terminal.safe(row.spec().name()) + "  " + row.spec().type().id() + "  " + Terminal.safe(row.file())
                            + ":" + row.spec().location().line() + ": " + Terminal.safe(sentence(row)));
                }
                errors.forEach(e -> out.println(Terminal.errorLine(e)));
                out.println();
                out.println(rows.size() + " verdict" + (rows.size() == 1 ? "" : "s") + ", " + flipped + " changed by an alternative reading");
            }
            case JSON -> json();
            case MARKDOWN -> {
                out.println("## mgc check --readings");
                out.println();
                out.println("| System | Type | Revision | Verdict | Flipped by | Robust to |");
                out.println("|---|---|---|---|---|---|");
                for (Row row : rows) {
                    out.println("| " + MarkdownReport.escape(row.spec().name()) + " | " + row.spec().type().id() + " | "
                            + MarkdownReport.escape(row.base().revision().id()) + " | " + row.decision().id() + " | "
                            + MarkdownReport.escape(String.join("; ", row.flips().stream().map(f -> f.reading() + ": " + f.decision().id()
                                    + (f.detail().isEmpty() ? "" : " (" + f.detail() + ")")).toList())) + " | "
                            + MarkdownReport.escape(String.join(", ", row.robustTo())) + " |");
                }
                out.println();
                errors.forEach(e -> out.println("- error: " + MarkdownReport.escape(e.describe())));
                out.println(rows.size() + " verdicts, " + flipped + " changed by an alternative reading");
                out.println();
                provenance.dating().forEach(line -> out.println("_" + MarkdownReport.escape(line) + "_  "));
                out.println("<sub>" + MarkdownReport.escape(provenance.line()) + "</sub>");
            }
            case HTML -> {
                out.println("<!DOCTYPE html>");
                out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
                out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
                out.println("<title>mgc check --readings</title></head><body>");
                out.println("<h1>Verdicts and alternative readings</h1>");
                out.println("<table><thead><tr><th>System</th><th>Type</th><th>Revision</th><th>Verdict</th><th>Under the readings</th></tr></thead><tbody>");
                for (Row row : rows) {
                    out.println("<tr><td>" + Markup.escape(row.spec().name()) + "</td><td>" + row.spec().type().id() + "</td><td>"
                            + Markup.escape(row.base().revision().id()) + "</td><td class=\"" + row.decision().id() + "\">" + row.decision().id()
                            + "</td><td>" + Markup.escape(sentence(row)) + "</td></tr>");
                }
                out.println("</tbody></table>");
                for (InputError e : errors) {
                    out.println("<p class=\"error\">" + Markup.escape(e.describe()) + "</p>");
                }
                out.println("<footer id=\"provenance\">");
                provenance.dating().forEach(line -> out.println("<p>" + Markup.escape(line) + "</p>"));
                out.println("<p>" + Markup.escape(provenance.line()) + "</p></footer></body></html>");
            }
            default -> throw new IllegalStateException(style.name());
        }
        out.flush();
    }

    private void json() throws IOException {
        json = JsonOutput.generator(out);
        json.writeStartObject();
        List<ReadingJson> readings = new ArrayList<>();
        for (Row row : rows) {
            readings.add(new ReadingJson(row.file(), row.spec().location().line(), row.spec().location().column(), row.spec().name(),
                    row.spec().type().id(), row.base().revision().id(), row.decision().id(), row.flips().isEmpty(),
                    row.flips().stream().map(f -> new FlipJson(f.reading(), f.decision().id(), f.detail())).toList(), row.robustTo(),
                    sentence(row)));
        }
        JsonOutput.field(json, "readings", readings);
        InputErrorJson.writeArray(json, "errors", errors);
        JsonOutput.provenance(json, provenance);
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    /** One system and revision in --format json: its verdict, whether the alternative readings keep it, and which change it. */
    private record ReadingJson(String file, int line, int column, String system, String type, String revision, String verdict,
                               boolean robust, List<FlipJson> flippedBy, List<String> robustTo, String message) {}

    private record FlipJson(String reading, String verdict, String detail) {}
}
