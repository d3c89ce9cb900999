package mgc.report.chart;

import java.io.IOException;
import org.jfree.chart.JFreeChart;
import mgc.document.InputError;
import mgc.output.Formats;
import mgc.output.Report;

/** The report of {@code mgc envelope}: one chart, as an SVG document on the text stream or a PNG on the bytes under it. */
public final class ChartReport implements Report<JFreeChart, Void> {

    private final Formats.Destination destination;
    private final boolean png;

    private ChartReport(Formats.Destination destination, boolean png) {
        this.destination = destination;
        this.png = png;
    }

    public static ChartReport svg(Formats.Destination destination) {
        return new ChartReport(destination, false);
    }

    /** Needs the byte stream (an --output file): a PNG is not text. */
    public static ChartReport png(Formats.Destination destination) {
        destination.raw().orElseThrow(() -> new IllegalArgumentException("a PNG is written to a file, not to a text stream"));
        return new ChartReport(destination, true);
    }

    @Override
    public void result(JFreeChart chart) throws IOException {
        if (png) {
            ChartImage.png(chart, destination.raw().orElseThrow());
        } else {
            destination.out().print(ChartImage.svgDocument(chart));
        }
    }

    /** Never called: envelope reports a bad revision file on the error stream and still draws the others. */
    @Override
    public void error(InputError error) {
        throw new IllegalStateException("a chart holds no input errors: " + error.describe());
    }

    @Override
    public void end(Void nothing) {
        destination.out().flush();
    }
}
