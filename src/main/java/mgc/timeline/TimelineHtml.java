package mgc.timeline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.output.Markup;
import mgc.output.Provenance;
import mgc.report.ReportWriter;
import mgc.output.RunSummary;
import mgc.report.SystemResult;
import mgc.revision.Revision;

/**
 * {@code mgc timeline --format html}: a page with one bar per system over the guideline's years.
 * The page holds its bars (one short SVG string per system) until the end, when the axis is known.
 */
public final class TimelineHtml implements ReportWriter {

    private final PrintWriter out;
    private final Provenance provenance;
    private final List<InputError> errors = new ArrayList<>();
    private final List<String> bars = new ArrayList<>();
    private List<Revision> revisions = List.of();

    public TimelineHtml(PrintWriter out, Provenance provenance) {
        this.out = out;
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
    }

    @Override
    public void result(SystemResult result) {
        bars.add(bar(result.spec().name(), History.of(revisions, result)));
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(RunSummary summary) {
        html();
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
