package mgc.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mgc.document.FieldReader;
import mgc.document.Node;
import mgc.units.Dimension;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * Payload must not exceed a limit that falls with range: straight lines between the given
 * points, the first point's payload at shorter ranges and the last point's beyond.
 */
public record PayloadTradeoff(List<Point> points, Basis basis) implements Term {
    public static final String KEY = "payload-tradeoff";
    public static final String RULE_ID = "MG-TRADEOFF";
    /** How a revision file writes the kind: its key, rule, fields and reader. */
    static final Kind KIND = new Kind(KEY, RULE_ID, List.of("points"), PayloadTradeoff::read);

    public PayloadTradeoff {
        points = List.copyOf(points);
    }

    public Kind kind() {
        return KIND;
    }

    public List<String> writtenFields() {
        List<String> lines = new ArrayList<>();
        lines.add("points:");
        points.forEach(p -> lines.add("  - {range: " + p.range().exact() + ", payload: " + p.payload().exact() + "}"));
        return lines;
    }

    public String summary() {
        return "payload <= trade-off curve " + String.join(", ",
                points.stream().map(p -> p.range().display() + " -> " + p.payload().display()).toList());
    }

    public Input limited() {
        return Input.PAYLOAD;
    }

    public Set<Input> needs() {
        return Set.of(Input.RANGE, Input.PAYLOAD);
    }

    public double headlineLimit() {
        return points.get(0).payload().value();
    }

    public boolean limitSlopes() {
        return true;
    }

    public List<Double> rangeBreaks() {
        return points.stream().map(p -> p.range().value()).toList();
    }

    public List<Double> payloadBreaks() {
        return points.stream().map(p -> p.payload().value()).toList();
    }

    /** The payload limit at a range, in kg. */
    @Override
    public double limitAt(double rangeKm) {
        Point first = points.get(0);
        if (rangeKm <= first.range().value()) {
            return first.payload().value();
        }
        for (int i = 1; i < points.size(); i++) {
            Point upper = points.get(i);
            if (rangeKm <= upper.range().value()) {
                Point lower = points.get(i - 1);
                if (rangeKm == upper.range().value()) {
                    return upper.payload().value();
                }
                double share = (rangeKm - lower.range().value()) / (upper.range().value() - lower.range().value());
                return lower.payload().value() + share * (upper.payload().value() - lower.payload().value());
            }
        }
        return points.get(points.size() - 1).payload().value();
    }

    @Override
    public String limitBasisAt(double rangeKm) {
        return "limit at " + Numbers.format(rangeKm) + " km, " + basisAt(rangeKm);
    }

    /** How the limit at a range was found: at a published point, or between two. */
    public String basisAt(double rangeKm) {
        for (Point point : points) {
            if (point.range().value() == rangeKm) {
                return "at the published point " + point.describe();
            }
        }
        Point first = points.get(0);
        if (rangeKm < first.range().value()) {
            return "below the first point " + first.describe() + ", held constant";
        }
        for (int i = 1; i < points.size(); i++) {
            if (rangeKm < points.get(i).range().value()) {
                return "interpolated on a straight line between " + points.get(i - 1).describe()
                        + " and " + points.get(i).describe();
            }
        }
        return "beyond the last point " + points.get(points.size() - 1).describe() + ", held constant";
    }

    /** True when the limit at this range comes from interpolation, not a published point. */
    @Override
    public boolean interpolatedAt(double rangeKm) {
        for (int i = 1; i < points.size(); i++) {
            if (rangeKm > points.get(i - 1).range().value() && rangeKm < points.get(i).range().value()) {
                return true;
            }
        }
        return false;
    }

    /** The most points one curve may have (a bound on what a revision file can make mgc do). */
    public static final int MAX_POINTS = 100;

    /** Reads {@code points}: at least two, rising in range, payload never rising. */
    static Optional<Term> read(FieldReader t, Optional<Basis> basis) {
        return readPoints(t).flatMap(points -> basis.map(b -> new PayloadTradeoff(points, b)));
    }

    private static Optional<List<Point>> readPoints(FieldReader t) {
        List<Node> items = t.list("points", true).orElse(null);
        if (items == null) {
            return Optional.empty();
        }
        if (items.size() < 2) {
            t.error("points", "give at least two points of the curve");
            return Optional.empty();
        }
        if (items.size() > MAX_POINTS) {
            t.error("points", items.size() + " points, over the limit of " + MAX_POINTS + " for one trade-off curve");
            return Optional.empty();
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = t.pathOf("points") + "[" + i + "]";
            Optional<FieldReader> point = FieldReader.of(items.get(i), path, t.errors());
            if (point.isEmpty()) {
                continue;
            }
            point.get().rejectUnknown(List.of("range", "payload"));
            Optional<Quantity> range = point.get().quantity("range", true, Dimension.LENGTH, v -> v > 0, "greater than 0");
            Optional<Quantity> payload = point.get().quantity("payload", true, Dimension.MASS, v -> v >= 0, "0 or more");
            if (range.isPresent() && payload.isPresent()) {
                if (!points.isEmpty()) {
                    Point last = points.get(points.size() - 1);
                    if (range.get().value() <= last.range().value()) {
                        point.get().error("range", "points must be in order of increasing range");
                    } else if (payload.get().value() > last.payload().value()) {
                        point.get().error("payload", "payload must not rise with range: a longer range cannot allow more payload");
                    }
                }
                points.add(new Point(range.get(), payload.get()));
            }
        }
        return points.size() == items.size() ? Optional.of(points) : Optional.empty();
    }

    public record Point(Quantity range, Quantity payload) {
        public String describe() {
            return "(" + range.display() + ", " + payload.display() + ")";
        }
    }
}
