package mgc.report.chart;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Renders a chart as SVG (Apache Batik's SVG generator over the JDK's DOM: text stays text,
 * escaped, and scales) or PNG (JFreeChart's own encoder). Batik formats numbers with US symbols
 * whatever the default locale, and ids carry a caller's prefix, so output is byte-stable and
 * several charts can share one HTML page.
 */
public final class ChartImage {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 560;

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /** Decimals kept in coordinates: a hundredth of a pixel is below what any screen shows. */
    private static final int DECIMALS = 2;

    private ChartImage() {}

    /** An {@code <svg>} element (no XML prolog), ready to inline in HTML or to save as a file. */
    public static String svg(JFreeChart chart, String idPrefix) {
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(newSvgDocument());
        // Batik's default comment names the generator; the output should depend on the chart only.
        context.setComment(null);
        context.setPrecision(DECIMALS);
        context.setIDGenerator(new PrefixedIds(idPrefix));
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));

        Element root = graphics.getRoot();
        root.setAttributeNS(null, "id", idPrefix + "chart");
        prefixGenericDefs(root, idPrefix);
        // Lets the page scale the chart (max-width:100%; height:auto) without clipping it.
        root.setAttributeNS(null, "viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        StringWriter text = new StringWriter();
        try {
            graphics.stream(root, text, true, false); // true: styles as CSS style attributes
        } catch (SVGGraphics2DIOException e) {
            throw new IllegalStateException("cannot write SVG to a string", e);
        }
        return withoutProlog(text.toString()).strip();
    }

    /** A standalone SVG file's text. */
    public static String svgDocument(JFreeChart chart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart, "mgc") + "\n";
    }

    public static void png(JFreeChart chart, OutputStream out) throws IOException {
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    }

    private static Document newSvgDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK has no DOM implementation", e);
        }
    }

    /**
     * Batik gives every root a {@code <defs id="genericDefs">} that bypasses the id generator; two
     * charts on a page would share that id. Dropped when empty (nothing can refer to it), else prefixed.
     */
    private static void prefixGenericDefs(Element root, String idPrefix) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element defs && "genericDefs".equals(defs.getAttribute("id"))) {
                if (defs.hasChildNodes()) {
                    defs.setAttributeNS(null, "id", idPrefix + "genericDefs");
                } else {
                    root.removeChild(defs);
                }
                return;
            }
        }
    }

    /** HTML must not contain an XML declaration or a DOCTYPE; a file gets its own declaration. */
    private static String withoutProlog(String xml) {
        int start = xml.indexOf("<svg");
        if (start < 0) {
            throw new IllegalStateException("Batik wrote no <svg> element");
        }
        return xml.substring(start);
    }

    /** Batik numbers ids per kind ("clipPath1"); the prefix keeps two charts on one page apart. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return prefix + super.generateID(kind);
        }
    }
}
