package mgc.whatif;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The least raise of one limit that lets given values through; pure arithmetic on numbers in
 * canonical units (km, kg, N*s), so each kind of term can be tested at its boundaries.
 *
 * <p>Every number is written to a revision file with at most three decimals, rounded up
 * (a limit rounded down could fall short of the value that needs it). A value within 1e-12
 * (relative) of a three-decimal number is taken as that number, so floating-point noise in an
 * interpolation does not show as {@code 740.001}.
 */
public final class Raise {

    /** How far beyond a needed point the raised curve falls back to the old one: the least the curve can draw cleanly. */
    public static final double DROP_KM = 1;

    private Raise() {}

    /** A point (range km, payload kg) the curve must allow. */
    public record Need(double range, double payload) {}

    /** A point of a curve, in km and kg. */
    public record Point(double range, double payload) {}

    /** The least cap that allows every value: the old cap when it already does, else the largest value, rounded up. */
    public static double cap(double cap, List<Double> values) {
        double needed = cap;
        for (double value : values) {
            needed = Math.max(needed, value);
        }
        return needed == cap ? cap : up(needed);
    }

    /**
     * The least raise of a trade-off curve (straight lines between points of increasing range and
     * non-rising payload, the first payload held below the first point and the last beyond the
     * last) that allows every need, keeping it non-increasing. A longer range may never allow more
     * payload, so a need (r, p) raises the limit to p at every range up to r; beyond r the limit
     * falls back to the old curve on a straight line that ends {@link #DROP_KM} beyond r, or a
     * little further where the old limit is exact ({@link #dropEnd}) (the least limit would fall
     * straight down at r, which points of strictly increasing range cannot draw). Elsewhere the curve is
     * the old one: the result is max(old, the needs' steps) at every breakpoint of either, with
     * the points the old curve crosses a need's payload added, so between two points both are
     * straight lines and the new curve is never below the old. Points that lie on a straight line
     * with their neighbours, or hold the first or last payload, are left out.
     */
    public static List<Point> curve(List<Point> old, List<Need> needs) {
        if (needs.isEmpty()) {
            return List.copyOf(old);
        }
        TreeSet<Double> ranges = new TreeSet<>();
        old.forEach(p -> ranges.add(p.range()));
        List<Need> steps = new ArrayList<>();
        for (Need need : needs) {
            if (need.payload() <= limitAt(old, need.range())) {
                continue;
            }
            double at = Math.max(up(need.range()), 0.001);
            steps.add(new Need(at, need.payload()));
            ranges.add(at);
            ranges.add(dropEnd(old, at));
            crossing(old, need.payload()).ifPresent(ranges::add);
        }
        if (steps.isEmpty()) {
            return List.copyOf(old);
        }
        TreeMap<Double, Double> raised = new TreeMap<>();
        for (double range : ranges) {
            double value = limitAt(old, range);
            for (Need step : steps) {
                if (step.range() >= range) {
                    value = Math.max(value, step.payload());
                }
            }
            raised.put(range, up(value));
        }
        List<Point> points = new ArrayList<>();
        raised.forEach((range, payload) -> points.add(new Point(range, payload)));
        return simplify(points);
    }

    /**
     * Where the drop after a needed point at {@code at} lands on the old curve: at least
     * {@link #DROP_KM} beyond it, at the first whole kilometre (then the first 0.001 km) up to
     * {@link #DROP_SEARCH_KM} further where the old limit is exact to three decimals, so the file
     * states the old curve there exactly and the proposal permits nothing more beyond the drop.
     * Only where no such range exists is the old limit rounded up there (by under 0.001 kg).
     */
    static double dropEnd(List<Point> old, double at) {
        BigDecimal start = new BigDecimal(Double.toString(at)).add(BigDecimal.valueOf(DROP_KM));
        for (BigDecimal step : List.of(BigDecimal.ONE, new BigDecimal("0.001"))) {
            for (BigDecimal x = start; x.compareTo(start.add(BigDecimal.valueOf(DROP_SEARCH_KM))) <= 0; x = x.add(step)) {
                double limit = limitAt(old, x.doubleValue());
                if (Math.abs(limit * 1000 - Math.rint(limit * 1000)) < 1e-6) {
                    return x.doubleValue();
                }
            }
        }
        return up(start.doubleValue());
    }

    /** How much further than {@link #DROP_KM} {@link #dropEnd} looks for a range where the old limit is exact. */
    static final double DROP_SEARCH_KM = 3;

    /** The largest range at which the old curve still allows {@code payload}, rounded up; empty when it allows it everywhere or nowhere. */
    private static java.util.Optional<Double> crossing(List<Point> old, double payload) {
        for (int i = 1; i < old.size(); i++) {
            Point a = old.get(i - 1);
            Point b = old.get(i);
            if (a.payload() >= payload && payload > b.payload()) {
                double x = a.range() + (a.payload() - payload) / (a.payload() - b.payload()) * (b.range() - a.range());
                return java.util.Optional.of(up(x));
            }
        }
        return java.util.Optional.empty();
    }

    /** The limit of a curve at a range, as {@code mgc.revision.PayloadTradeoff#limitAt} reads it. */
    public static double limitAt(List<Point> points, double range) {
        Point first = points.get(0);
        if (range <= first.range()) {
            return first.payload();
        }
        for (int i = 1; i < points.size(); i++) {
            Point upper = points.get(i);
            if (range <= upper.range()) {
                if (range == upper.range()) {
                    return upper.payload();
                }
                Point lower = points.get(i - 1);
                double share = (range - lower.range()) / (upper.range() - lower.range());
                return lower.payload() + share * (upper.payload() - lower.payload());
            }
        }
        return points.get(points.size() - 1).payload();
    }

    /** Leaves out points that change nothing: on a line with both neighbours, or repeating the first or last payload. */
    static List<Point> simplify(List<Point> points) {
        List<Point> kept = new ArrayList<>(points);
        boolean changed = true;
        while (changed && kept.size() > 2) {
            changed = false;
            if (same(kept.get(0).payload(), kept.get(1).payload())) {
                kept.remove(0);
                changed = true;
                continue;
            }
            int last = kept.size() - 1;
            if (same(kept.get(last).payload(), kept.get(last - 1).payload())) {
                kept.remove(last);
                changed = true;
                continue;
            }
            for (int i = 1; i + 1 < kept.size(); i++) {
                Point a = kept.get(i - 1);
                Point b = kept.get(i);
                Point c = kept.get(i + 1);
                double onLine = a.payload() + (b.range() - a.range()) / (c.range() - a.range()) * (c.payload() - a.payload());
                if (same(onLine, b.payload())) {
                    kept.remove(i);
                    changed = true;
                    break;
                }
            }
        }
        return List.copyOf(kept);
    }

    /** Rounded up to three decimals, after taking a value within 1e-12 (relative) of a three-decimal number as that number. */
    public static double up(double value) {
        BigDecimal exact = new BigDecimal(Double.toString(value));
        BigDecimal nearest = exact.setScale(3, RoundingMode.HALF_EVEN);
        if (Math.abs(nearest.doubleValue() - value) <= 1e-12 * Math.max(1, Math.abs(value))) {
            return nearest.doubleValue();
        }
        return exact.setScale(3, RoundingMode.CEILING).doubleValue();
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
