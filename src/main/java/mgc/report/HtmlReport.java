package mgc.report;

import mgc.output.Markup;
import mgc.output.Provenance;
import mgc.output.RunSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.report.chart.Envelope;
import mgc.report.chart.Envelopes;
import mgc.report.chart.PlottedSystem;
import mgc.revision.Revision;
import mgc.spec.SystemType;

/**
 * One self-contained HTML page: summary, the range–payload chart per system type (every selected
 * revision's envelope overlaid, every checked system a point coloured by outcome), a section per
 * revision with its own chart and table, and the input errors. No scripts, fonts, styles or images
 * are loaded from anywhere: CSS is inline, charts are inline SVG, and a Content-Security-Policy
 * forbids everything else, so it opens offline and a hostile name cannot run code. Every user
 * string is escaped ({@link Markup}).
 *
 * <p>The charts need every point before they can be drawn, so this format keeps one small row per
 * system (name, type, range, payload, verdicts) until the end of the run, for the first
 * {@value DetailCap#SYSTEMS} systems ({@link DetailCap}); beyond them it keeps counts only, and
 * says how many systems it left out, so memory and output stay flat however large the input.
 */
public final class HtmlReport implements ReportWriter {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222;line-height:1.45}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.3rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}h3{font-size:1.05rem;margin-top:1.4rem}
            table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}
            .permitted{color:#1d6b1d;font-weight:600}.prohibited{color:#b01c1c;font-weight:700}.mixed{color:#a85400;font-weight:600}
            figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #e3e3e3}figcaption{font-size:.88rem;color:#555}
            .muted{color:#666;font-size:.9rem}ul.findings{margin:0;padding-left:1.1rem}code{font-size:.9em}
            """;

    private final PrintWriter out;
    private final HtmlFigures figures;
    private HtmlRows kept = new HtmlRows(List.of());
    private final List<InputError> errors = new ArrayList<>();
    private long errorsOmitted;
    private List<Revision> revisions = List.of();

    private final Provenance provenance;

    /** Draws the range-payload charts with the run's rule base. */
    private final Envelopes envelopes;

    public HtmlReport(PrintWriter out, Provenance provenance, Envelopes envelopes) {
        this.out = out;
        this.figures = new HtmlFigures(out);
        this.provenance = provenance;
        this.envelopes = envelopes;
    }

    @Override
    public void begin(List<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
        this.kept = new HtmlRows(revisions);
    }

    @Override
    public void result(SystemResult result) {
        kept.add(result);
    }

    @Override
    public void error(InputError error) {
        if (errors.size() < DetailCap.SYSTEMS) {
            errors.add(error);
        } else {
            errorsOmitted++;
        }
    }

    @Override
    public void end(RunSummary summary) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>mgc check report</title>");
        out.println("<style>");
        out.print(CSS);
        out.println("</style>");
        out.println("</head>");
        out.println("<body>");
        out.println("<h1>mgc check report</h1>");
        summary(summary);
        matrix();
        overview();
        for (Revision revision : revisions) {
            revisionSection(revision);
        }
        errorSection();
        out.println("<footer id=\"provenance\" class=\"muted\">");
        for (String line : provenance.dating()) {
            out.println("<p>" + e(line) + "</p>");
        }
        out.println("<p>mgc <span class=\"tool-version\">" + e(provenance.toolVersion()) + "</span>, rule base <code class=\"rule-base-digest\">"
                + e(provenance.ruleBaseDigest()) + "</code>, revisions " + e(String.join(", ", provenance.revisions())) + "</p>");
        out.println("</footer>");
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    private void summary(RunSummary summary) {
        out.println("<section id=\"summary\">");
        out.println("<h2>Summary</h2>");
        out.println("<p>" + summary.systems() + " system" + plural(summary.systems()) + " in " + summary.files() + " file"
                + plural(summary.files()) + " &times; " + summary.revisions() + " revision" + plural(summary.revisions()) + ": "
                + "<span class=\"permitted\">" + summary.permitted() + " permitted</span>, "
                + "<span class=\"prohibited\">" + summary.prohibited() + " prohibited</span>, "
                + (summary.depends() > 0 ? "<span class=\"mixed\">" + summary.depends() + " depends</span>, " : "")
                + summary.errors() + " error" + plural(summary.errors()) + ".</p>");
        out.println("<table>");
        // A Depends column only when a system with intervals depends, so other reports keep their shape.
        boolean anyDepends = summary.depends() > 0;
        out.println("<thead><tr><th>Revision</th><th>Date</th><th>Title</th><th>Permitted</th><th>Prohibited</th>"
                + (anyDepends ? "<th>Depends</th>" : "") + "</tr></thead>");
        out.println("<tbody>");
        for (Revision revision : revisions) {
            long prohibited = kept.count(revision, Decision.PROHIBITED);
            long depends = kept.count(revision, Decision.DEPENDS);
            out.println("<tr><td><a href=\"#revision-" + e(revision.id()) + "\">" + e(revision.label()) + "</a></td><td>"
                    + e(revision.date()) + "</td><td>" + e(revision.title()) + "</td><td>" + (kept.cap().seen() - prohibited - depends)
                    + "</td><td>" + prohibited + "</td>" + (anyDepends ? "<td>" + depends + "</td>" : "") + "</tr>");
        }
        out.println("</tbody>");
        out.println("</table>");
        out.println("</section>");
    }

    /** Matrix rows shown; beyond them the per-revision sections list the systems shown in full. */
    static final int MATRIX_ROWS = 500;

    /** Every system against every revision at a glance, the same matrix as --format markdown-summary. */
    private void matrix() {
        if (kept.rows().isEmpty()) {
            return;
        }
        out.println("<section id=\"matrix\">");
        out.println("<h2>Verdicts</h2>");
        out.println("<table class=\"matrix\">");
        StringBuilder head = new StringBuilder("<thead><tr><th>System</th><th>File</th>");
        for (Revision revision : revisions) {
            head.append("<th>").append(e(revision.label())).append("</th>");
        }
        out.println(head.append("</tr></thead>"));
        out.println("<tbody>");
        for (HtmlRows.Row row : kept.rows().subList(0, Math.min(kept.rows().size(), MATRIX_ROWS))) {
            StringBuilder line = new StringBuilder("<tr><td>" + e(row.name()) + "</td><td>" + e(row.file()) + "</td>");
            for (Revision revision : revisions) {
                String decision = row.under(revision.id()).decision().id();
                line.append("<td class=\"").append(decision.equals("depends") ? "mixed" : decision).append("\">")
                        .append(decision).append("</td>");
            }
            out.println(line.append("</tr>"));
        }
        out.println("</tbody>");
        out.println("</table>");
        if (kept.cap().seen() > MATRIX_ROWS) {
            out.println("<p class=\"muted\">... and " + (kept.cap().seen() - MATRIX_ROWS) + " more systems, "
                    + (kept.cap().omitted() == 0 ? "listed" : "the first " + kept.cap().limit() + " listed") + " under each revision below.</p>");
        }
        omittedNote();
        out.println("</section>");
    }

    /** One chart per system type: all revisions' envelopes, systems coloured by their outcome across them. */
    private void overview() {
        out.println("<section id=\"chart\">");
        out.println("<h2>Range&ndash;payload envelopes</h2>");
        out.println("<p class=\"muted\">Each line bounds the region a revision permits (limits inclusive: on the line is permitted). "
                + "Points are the checked systems: green circle permitted under every selected revision, orange diamond prohibited "
                + "under some, red square prohibited under all.</p>");
        boolean any = false;
        for (SystemType type : SystemType.values()) {
            List<Envelope> envelopes = this.envelopes.of(revisions, type);
            List<HtmlRows.Row> ofType = kept.rows().stream().filter(r -> r.type() == type).toList();
            boolean limited = envelopes.stream().anyMatch(en -> !en.unlimited());
            if (kept.ofType(type) == 0 && !limited) {
                continue;
            }
            any = true;
            List<PlottedSystem> points = ofType.stream().filter(HtmlRows.Row::plottable)
                    .map(r -> new PlottedSystem(r.name(), r.range(), r.payload(), r.overall())).toList();
            figures.figure(type.id() + ": permitted envelopes", type, envelopes, points,
                    type.id() + " systems: " + kept.ofType(type) + " checked, " + points.size() + " drawn", notDrawn(ofType));
        }
        if (!any) {
            out.println("<p>No selected revision limits range or payload, and no system was checked.</p>");
        }
        out.println("</section>");
    }

    private void revisionSection(Revision revision) {
        out.println("<section id=\"revision-" + e(revision.id()) + "\">");
        out.println("<h2>Revision " + e(revision.label()) + ": " + e(revision.title()) + "</h2>");
        out.println("<p class=\"muted\">Date " + e(revision.date()) + (revision.shipped() ? "" : "; hypothetical, from " + e(revision.file()))
                + ". Terms: " + e(revision.termsLine()) + "</p>");
        for (SystemType type : SystemType.values()) {
            List<HtmlRows.Row> ofType = kept.rows().stream().filter(r -> r.type() == type).toList();
            if (kept.ofType(type) == 0) {
                continue;
            }
            List<PlottedSystem> points = ofType.stream().filter(HtmlRows.Row::plottable).map(r -> new PlottedSystem(r.name(), r.range(), r.payload(),
                    r.under(revision.id()).decision() == Decision.PROHIBITED ? PlottedSystem.Outcome.PROHIBITED
                            : PlottedSystem.Outcome.PERMITTED)).toList();
            figures.figure(revision.label() + ": " + type.id(), type, List.of(envelopes.of(revision, type)), points,
                    type.id() + " under " + revision.label(), notDrawn(ofType));
        }
        if (kept.cap().seen() == 0) {
            out.println("<p>No systems were checked.</p>");
        } else {
            out.println("<table>");
            out.println("<thead><tr><th>System</th><th>Type</th><th>File</th><th>Verdict</th><th>Findings</th></tr></thead>");
            out.println("<tbody>");
            for (HtmlRows.Row row : kept.rows()) {
                HtmlRows.VerdictRow verdict = row.under(revision.id());
                boolean prohibited = verdict.decision() == Decision.PROHIBITED;
                StringBuilder findings = new StringBuilder();
                if (!verdict.findings().isEmpty()) {
                    findings.append("<ul class=\"findings\">");
                    verdict.findings().forEach(f -> findings.append("<li>").append(e(f)).append("</li>"));
                    findings.append("</ul>");
                }
                out.println("<tr><td>" + e(row.name()) + "</td><td>" + e(row.type().id()) + "</td><td><code>" + e(row.file())
                        + "</code></td><td class=\"" + (prohibited ? "prohibited\">prohibited"
                                : verdict.decision() == Decision.DEPENDS ? "mixed\">depends" : "permitted\">permitted")
                        + "</td><td>" + findings + "</td></tr>");
            }
            out.println("</tbody>");
            out.println("</table>");
            omittedNote();
        }
        out.println("</section>");
    }

    /** Where systems were left out of the detail, how many and where to find them. */
    private void omittedNote() {
        if (kept.cap().omitted() > 0) {
            out.println("<p class=\"muted omitted\">" + e(kept.cap().note()) + "</p>");
        }
    }

    private static String notDrawn(List<HtmlRows.Row> rows) {
        return String.join(", ", rows.stream().filter(r -> !r.plottable()).map(r -> r.name()).toList());
    }

    private void errorSection() {
        if (errors.isEmpty()) {
            return;
        }
        out.println("<section id=\"errors\">");
        out.println("<h2>Input errors</h2>");
        out.println("<ul>");
        for (InputError error : errors) {
            out.println("<li><code>" + e(error.describe()) + "</code></li>");
        }
        out.println("</ul>");
        if (errorsOmitted > 0) {
            out.println("<p class=\"muted\">... and " + errorsOmitted + " more errors (every one: --format jsonl or text --max-errors 0)</p>");
        }
        out.println("</section>");
    }

    private static String e(String text) {
        return Markup.escape(text);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
