package mgc.report.chart;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a chart as SVG (JFreeSVG: text stays text, escaped, and scales) or PNG (JFreeChart's
 * own encoder). Numbers in the SVG are written locale-independently, and ids carry a caller's
 * prefix, so output is byte-stable and several charts can share one HTML page.
 */
public final class ChartImage {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    static {
        // Charts are drawn off screen; without this a machine with no display could try to open one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartImage() {}

    /** An {@code <svg>} element (no XML prolog), ready to inline in HTML or to save as a file. */
    public static String svg(JFreeChart chart, String idPrefix) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        graphics.setDefsKeyPrefix(idPrefix);
        graphics.setGeomDoubleConverter(ChartImage::number);
        graphics.setTransformDoubleConverter(ChartImage::number);
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement(idPrefix + "chart", true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    /** A standalone SVG file's text. */
    public static String svgDocument(JFreeChart chart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart, "mgc") + "\n";
    }

    public static void png(JFreeChart chart, OutputStream out) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    }

    /** At most two decimals, no exponent, '.' as the separator whatever the locale. */
    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        String text = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }
}
