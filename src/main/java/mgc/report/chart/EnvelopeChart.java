package mgc.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mgc.spec.SystemType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the range–payload chart with JFreeChart: the permitted envelope of each revision for one
 * system type as a line (overlaid), and checked systems of that type as points coloured and shaped
 * by outcome. Axes are in km and kg and start at 0; their ends leave room for every limit and point.
 */
public final class EnvelopeChart {

    /** Revision line colours, in order of the revisions given; distinct on white and in greyscale order. */
    private static final Color[] LINE_COLOURS = {
        new Color(0x1f77b4), new Color(0x9467bd), new Color(0x8c564b), new Color(0x17becf),
        new Color(0xbcbd22), new Color(0x7f7f7f), new Color(0xe377c2), new Color(0x393b79)};

    private static final Map<PlottedSystem.Outcome, Color> POINT_COLOURS = new EnumMap<>(Map.of(
            PlottedSystem.Outcome.PERMITTED, new Color(0x2ca02c),
            PlottedSystem.Outcome.MIXED, new Color(0xff7f0e),
            PlottedSystem.Outcome.PROHIBITED, new Color(0xd62728)));

    /** Names are drawn beside points only up to this many, or they would cover each other. */
    private static final int MAX_LABELLED_POINTS = 40;

    private EnvelopeChart() {}

    public static JFreeChart build(String title, SystemType type, List<Envelope> envelopes, List<PlottedSystem> systems) {
        double[] axes = axisEnds(envelopes, systems);
        double maxX = axes[0];
        double maxY = axes[1];

        // Revisions whose envelopes coincide share one line, so none hides another.
        Map<String, List<Envelope>> groups = new LinkedHashMap<>();
        for (Envelope envelope : envelopes) {
            String signature = envelope.describe() + envelope.notShown() + envelope.boundary(maxX).stream()
                    .map(p -> p[0] + "," + p[1]).toList();
            groups.computeIfAbsent(signature, k -> new ArrayList<>()).add(envelope);
        }
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        int i = 0;
        List<String> undrawn = new ArrayList<>();
        for (List<Envelope> group : groups.values()) {
            Envelope envelope = group.get(0);
            String labels = String.join(", ", group.stream().map(Envelope::label).toList());
            if (envelope.unlimited()) {
                // Nothing bounds the region, so there is no line: a legend swatch would stand for
                // nothing on the chart. Such revisions are named in a caption under the legend.
                undrawn.add(labels + ": " + envelope.describe());
                continue;
            }
            String extra = envelope.notShown().isEmpty() ? "" : " (not drawn: " + String.join("; ", envelope.notShown()) + ")";
            // Series keys must be unique; the legend text is the key.
            XYSeries series = new XYSeries(labels + ": " + envelope.describe() + extra, false, true);
            double[] previous = null;
            for (double[] point : envelope.boundary(maxX)) {
                // Where payload is unlimited there is no line to draw: a run along "infinity" is
                // left out (NaN breaks the line), and a step down from it starts at the top edge.
                boolean unbounded = Double.isInfinite(point[1]);
                if (unbounded && previous != null && Double.isInfinite(previous[1])) {
                    series.add(point[0], Double.NaN);
                }
                series.add(point[0], unbounded ? maxY : point[1]);
                previous = point;
            }
            lines.addSeries(series);
            lineRenderer.setSeriesPaint(i, LINE_COLOURS[i % LINE_COLOURS.length]);
            lineRenderer.setSeriesStroke(i, new BasicStroke(2.5f - Math.min(1.5f, i * 0.25f), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND, 1f, i % 2 == 0 ? null : new float[] {8f, 4f}, 0f));
            i++;
        }

        XYSeriesCollection points = new XYSeriesCollection();
        List<List<String>> names = new ArrayList<>();
        List<List<Boolean>> below = new ArrayList<>();
        List<double[]> labelled = new ArrayList<>();
        // Labels go above their point, or below it when another labelled point is close by, so
        // neighbours' names do not print over each other.
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true) {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                return below.get(series).get(item)
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
            }
        };
        for (PlottedSystem.Outcome outcome : PlottedSystem.Outcome.values()) {
            List<PlottedSystem> members = systems.stream().filter(s -> s.outcome() == outcome).toList();
            if (members.isEmpty()) {
                continue;
            }
            XYSeries series = new XYSeries("system " + outcome.words(), false, true);
            List<String> seriesNames = new ArrayList<>();
            List<Boolean> seriesBelow = new ArrayList<>();
            for (PlottedSystem system : members) {
                series.add(system.rangeKm(), system.payloadKg());
                seriesNames.add(mgc.output.Terminal.safe(system.name()));
                boolean crowded = labelled.stream().anyMatch(p -> Math.abs(p[0] - system.rangeKm()) < maxX * 0.15
                        && Math.abs(p[1] - system.payloadKg()) < maxY * 0.05 && p[2] == 0);
                seriesBelow.add(crowded);
                labelled.add(new double[] {system.rangeKm(), system.payloadKg(), crowded ? 1 : 0});
            }
            int index = points.getSeriesCount();
            points.addSeries(series);
            names.add(seriesNames);
            below.add(seriesBelow);
            pointRenderer.setSeriesPaint(index, POINT_COLOURS.get(outcome));
            pointRenderer.setSeriesShape(index, shape(outcome));
        }
        if (systems.size() <= MAX_LABELLED_POINTS) {
            XYItemLabelGenerator label = (dataset, series, item) -> names.get(series).get(item);
            pointRenderer.setDefaultItemLabelGenerator(label);
            pointRenderer.setDefaultItemLabelsVisible(true);
            pointRenderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        }

        NumberAxis x = axis("Range (km)", maxX);
        NumberAxis y = axis("Payload (kg)", maxY);
        XYPlot plot = new XYPlot(lines, x, y, lineRenderer);
        plot.setDataset(1, points);
        plot.setRenderer(1, pointRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setOutlinePaint(new Color(0x999999));

        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        if (!undrawn.isEmpty()) {
            TextTitle caption = new TextTitle(String.join("; ", undrawn) + " (no line: every range and payload is permitted)",
                    new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            caption.setPosition(RectangleEdge.BOTTOM);
            caption.setPadding(2, 4, 4, 4);
            chart.addSubtitle(caption);
        }
        return chart;
    }

    /** Axis ends: 15% beyond the largest limit or point, at least 100 km / 100 kg. */
    static double[] axisEnds(List<Envelope> envelopes, List<PlottedSystem> systems) {
        double maxX = 0;
        double maxY = 0;
        for (Envelope envelope : envelopes) {
            double[] extent = envelope.extent();
            maxX = Math.max(maxX, extent[0]);
            maxY = Math.max(maxY, extent[1]);
        }
        for (PlottedSystem system : systems) {
            maxX = Math.max(maxX, system.rangeKm());
            maxY = Math.max(maxY, system.payloadKg());
        }
        return new double[] {Math.max(100, niceCeiling(maxX * 1.15)), Math.max(100, niceCeiling(maxY * 1.15))};
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 0;
        }
        double step = Math.pow(10, Math.floor(Math.log10(value))) / 2;
        return Math.ceil(value / step) * step;
    }

    private static NumberAxis axis(String label, double max) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(0, max);
        // Locale-independent tick labels, so the chart is the same on every machine.
        axis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        return axis;
    }

    private static Shape shape(PlottedSystem.Outcome outcome) {
        return switch (outcome) {
            case PERMITTED -> new Ellipse2D.Double(-4, -4, 8, 8);
            case MIXED -> diamond(5);
            case PROHIBITED -> new Rectangle2D.Double(-4, -4, 8, 8);
        };
    }

    private static Shape diamond(double size) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -size);
        path.lineTo(size, 0);
        path.lineTo(0, size);
        path.lineTo(-size, 0);
        path.closePath();
        return path;
    }
}
