package mgc.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.report.chart.ChartImage;
import mgc.report.chart.Envelope;
import mgc.report.chart.Envelopes;
import mgc.report.chart.EnvelopeChart;
import mgc.report.chart.PlottedSystem;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Quantity;

/**
 * One self-contained HTML page: summary, the range–payload chart per system type (every selected
 * revision's envelope overlaid, every checked system a point coloured by outcome), a section per
 * revision with its own chart and table, and the input errors. No scripts, fonts, styles or images
 * are loaded from anywhere: CSS is inline, charts are inline SVG, and a Content-Security-Policy
 * forbids everything else, so it opens offline and a hostile name cannot run code. Every user
 * string is escaped ({@link Markup}).
 *
 * <p>The charts need every point before they can be drawn, so this format keeps one small row per
 * system (name, type, range, payload, verdicts) until the end of the run.
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
    private final List<Row> rows = new ArrayList<>();
    private final List<InputError> errors = new ArrayList<>();
    private List<Revision> revisions = List.of();
    private int charts;

    private final Provenance provenance;

    /** Draws the range-payload charts with the run's rule base. */
    private final Envelopes envelopes;

    public HtmlReport(PrintWriter out, Provenance provenance, Envelopes envelopes) {
        this.out = out;
        this.provenance = provenance;
        this.envelopes = envelopes;
    }

    /** What the page needs of one system. */
    private record Row(String file, String name, SystemType type, Double range, Double payload, List<VerdictRow> verdicts) {

        boolean plottable() {
            return range != null && payload != null;
        }

        PlottedSystem.Outcome overall() {
            long prohibited = verdicts.stream().filter(v -> v.decision == Decision.PROHIBITED).count();
            if (verdicts.stream().anyMatch(v -> v.decision == Decision.DEPENDS)) {
                return PlottedSystem.Outcome.MIXED;
            }
            return prohibited == 0 ? PlottedSystem.Outcome.PERMITTED
                    : prohibited == verdicts.size() ? PlottedSystem.Outcome.PROHIBITED : PlottedSystem.Outcome.MIXED;
        }

        VerdictRow under(String revision) {
            return verdicts.stream().filter(v -> v.revision.equals(revision)).findFirst().orElseThrow();
        }
    }

    private record VerdictRow(String revision, Decision decision, List<String> findings) {}

    @Override
    public void begin(List<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
    }

    @Override
    public void result(SystemResult result) {
        SystemSpec spec = result.spec();
        List<VerdictRow> verdicts = new ArrayList<>();
        for (Verdict verdict : result.verdicts()) {
            List<String> findings = new ArrayList<>();
            if (result.decision(verdict) == Decision.DEPENDS) {
                result.box(verdict).ifPresent(box -> findings.add(DependsText.line(box)));
            }
            for (Reason reason : result.reasons(verdict)) {
                findings.add(reason.rule() + ": " + reason.message() + " (source: " + reason.source() + ")");
            }
            verdicts.add(new VerdictRow(verdict.revision().id(), result.decision(verdict), findings));
        }
        rows.add(new Row(result.file(), spec.name(), spec.type(), spec.range().map(Quantity::value).orElse(null),
                spec.payload().map(Quantity::value).orElse(null), verdicts));
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
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
            long prohibited = rows.stream().filter(r -> r.under(revision.id()).decision == Decision.PROHIBITED).count();
            long depends = rows.stream().filter(r -> r.under(revision.id()).decision == Decision.DEPENDS).count();
            out.println("<tr><td><a href=\"#revision-" + e(revision.id()) + "\">" + e(revision.label()) + "</a></td><td>"
                    + e(revision.date()) + "</td><td>" + e(revision.title()) + "</td><td>" + (rows.size() - prohibited - depends)
                    + "</td><td>" + prohibited + "</td>" + (anyDepends ? "<td>" + depends + "</td>" : "") + "</tr>");
        }
        out.println("</tbody>");
        out.println("</table>");
        out.println("</section>");
    }

    /** Matrix rows shown; beyond them the per-revision sections still list every system. */
    static final int MATRIX_ROWS = 500;

    /** Every system against every revision at a glance, the same matrix as --format markdown-summary. */
    private void matrix() {
        if (rows.isEmpty()) {
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
        for (Row row : rows.subList(0, Math.min(rows.size(), MATRIX_ROWS))) {
            StringBuilder line = new StringBuilder("<tr><td>" + e(row.name()) + "</td><td>" + e(row.file()) + "</td>");
            for (Revision revision : revisions) {
                String decision = row.under(revision.id()).decision.id();
                line.append("<td class=\"").append(decision.equals("depends") ? "mixed" : decision).append("\">")
                        .append(decision).append("</td>");
            }
            out.println(line.append("</tr>"));
        }
        out.println("</tbody>");
        out.println("</table>");
        if (rows.size() > MATRIX_ROWS) {
            out.println("<p class=\"muted\">... and " + (rows.size() - MATRIX_ROWS) + " more systems, listed under each revision below.</p>");
        }
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
            List<Row> ofType = rows.stream().filter(r -> r.type == type).toList();
            boolean limited = envelopes.stream().anyMatch(en -> !en.unlimited());
            if (ofType.isEmpty() && !limited) {
                continue;
            }
            any = true;
            List<PlottedSystem> points = ofType.stream().filter(Row::plottable)
                    .map(r -> new PlottedSystem(r.name, r.range, r.payload, r.overall())).toList();
            figure(type.id() + ": permitted envelopes", type, envelopes, points,
                    type.id() + " systems: " + ofType.size() + " checked, " + points.size() + " drawn", notDrawn(ofType));
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
            List<Row> ofType = rows.stream().filter(r -> r.type == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            List<PlottedSystem> points = ofType.stream().filter(Row::plottable).map(r -> new PlottedSystem(r.name, r.range, r.payload,
                    r.under(revision.id()).decision == Decision.PROHIBITED ? PlottedSystem.Outcome.PROHIBITED
                            : PlottedSystem.Outcome.PERMITTED)).toList();
            figure(revision.label() + ": " + type.id(), type, List.of(envelopes.of(revision, type)), points,
                    type.id() + " under " + revision.label(), notDrawn(ofType));
        }
        if (rows.isEmpty()) {
            out.println("<p>No systems were checked.</p>");
        } else {
            out.println("<table>");
            out.println("<thead><tr><th>System</th><th>Type</th><th>File</th><th>Verdict</th><th>Findings</th></tr></thead>");
            out.println("<tbody>");
            for (Row row : rows) {
                VerdictRow verdict = row.under(revision.id());
                boolean prohibited = verdict.decision == Decision.PROHIBITED;
                StringBuilder findings = new StringBuilder();
                if (!verdict.findings.isEmpty()) {
                    findings.append("<ul class=\"findings\">");
                    verdict.findings.forEach(f -> findings.append("<li>").append(e(f)).append("</li>"));
                    findings.append("</ul>");
                }
                out.println("<tr><td>" + e(row.name) + "</td><td>" + e(row.type.id()) + "</td><td><code>" + e(row.file)
                        + "</code></td><td class=\"" + (prohibited ? "prohibited\">prohibited"
                                : verdict.decision == Decision.DEPENDS ? "mixed\">depends" : "permitted\">permitted")
                        + "</td><td>" + findings + "</td></tr>");
            }
            out.println("</tbody>");
            out.println("</table>");
        }
        out.println("</section>");
    }

    private void figure(String title, SystemType type, List<Envelope> envelopes, List<PlottedSystem> points,
                        String caption, String notDrawn) {
        if (points.isEmpty() && envelopes.stream().allMatch(Envelope::unlimited)) {
            // An empty plane says nothing: name what there is instead.
            List<String> other = envelopes.stream().flatMap(en -> en.notShown().stream().map(t -> en.label() + ": " + t)).toList();
            out.println("<p><strong>" + e(title) + "</strong>: no range or payload limit"
                    + (other.isEmpty() ? "" : "; not drawn: " + e(String.join("; ", other))) + ". " + e(caption)
                    + (notDrawn.isEmpty() ? "" : ". Not drawn (no range or payload given): " + e(notDrawn)) + ".</p>");
            return;
        }
        String svg = ChartImage.svg(EnvelopeChart.build(title, type, envelopes, points), "c" + (charts++) + "_");
        out.println("<figure>");
        // Screen readers announce the chart by its title and caption.
        out.println(svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + Matcher.quoteReplacement(e(title + ". " + caption)) + "\" "));
        out.println("<figcaption>" + e(caption) + (notDrawn.isEmpty() ? "" : ". Not drawn (no range or payload given): " + e(notDrawn))
                + "</figcaption>");
        out.println("</figure>");
    }

    private static String notDrawn(List<Row> rows) {
        return String.join(", ", rows.stream().filter(r -> !r.plottable()).map(r -> r.name).toList());
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
        out.println("</section>");
    }

    private static String e(String text) {
        return Markup.escape(text);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
