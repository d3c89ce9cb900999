package mgc.report;

import mgc.output.Markup;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import mgc.report.chart.ChartImage;
import mgc.report.chart.Envelope;
import mgc.report.chart.EnvelopeChart;
import mgc.report.chart.PlottedSystem;
import mgc.spec.SystemType;

/** The charts of the HTML report, each an inline SVG figure with ids of its own, or a sentence where a chart would be empty. */
final class HtmlFigures {

    private final PrintWriter out;
    private int charts;

    HtmlFigures(PrintWriter out) {
        this.out = out;
    }

    void figure(String title, SystemType type, List<Envelope> envelopes, List<PlottedSystem> points, String caption, String notDrawn) {
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

    private static String e(String text) {
        return Markup.escape(text);
    }
}
