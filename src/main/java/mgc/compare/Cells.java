package mgc.compare;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How one field is cut into cells and sampled: every breakpoint a cell of its own, the open
 * intervals between them cells too, and one sample per cell (the breakpoint itself, or a round
 * number inside the interval, so counterexamples read like real specs).
 */
final class Cells {

    /** Relative tolerance below which two values (payload limits, crossing ranges) are taken as one. */
    static final double TOLERANCE = 1e-9;

    private Cells() {}

    /** Cells of one axis cut at the breakpoints: each breakpoint alone, and the open intervals between. */
    static List<Span> cut(TreeSet<Double> breakpoints, double minimum, boolean minimumInclusive) {
        List<Span> cells = new ArrayList<>();
        double lower = minimum;
        boolean lowerInclusive = minimumInclusive;
        for (double b : breakpoints) {
            if (b < minimum || (b == minimum && !minimumInclusive)) {
                continue;
            }
            if (b > lower) {
                cells.add(Span.interval(lower, lowerInclusive, b, false));
            }
            cells.add(Span.point(b));
            lower = b;
            lowerInclusive = false;
        }
        cells.add(Span.interval(lower, lowerInclusive, null, false));
        return cells;
    }

    /** A cell's sample: the value of a point, a round number inside an interval, null when not declared. */
    static Double sample(Span cell) {
        if (cell.undeclared()) {
            return null;
        }
        return cell.isPoint() ? cell.lo() : niceBetween(cell.lo(), cell.hi());
    }

    /**
     * The roundest number strictly inside (lo, hi), nearest the middle: 900 in (800, 1000), 600
     * in (500, infinity). Round numbers make counterexamples that read like real specs.
     */
    static double niceBetween(double lo, Double hi) {
        BigDecimal low = new BigDecimal(lo);
        if (hi == null) {
            if (lo <= 0) {
                return 100;
            }
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen((int) Math.floor(Math.log10(lo)));
            return low.divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE).multiply(step).doubleValue();
        }
        BigDecimal high = new BigDecimal(hi);
        BigDecimal middle = low.add(high).divide(BigDecimal.valueOf(2));
        int top = (int) Math.floor(Math.log10(hi - lo)) + 1;
        for (int exponent = top; exponent > top - 30; exponent--) {
            for (BigDecimal step : List.of(BigDecimal.ONE.scaleByPowerOfTen(exponent), BigDecimal.valueOf(5).scaleByPowerOfTen(exponent - 1))) {
                BigDecimal first = low.divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE).multiply(step);
                if (first.compareTo(high) >= 0) {
                    continue;
                }
                BigDecimal last = high.divide(step, 0, RoundingMode.CEILING).subtract(BigDecimal.ONE).multiply(step);
                BigDecimal nearest = middle.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
                BigDecimal chosen = nearest.compareTo(first) < 0 ? first : nearest.compareTo(last) > 0 ? last : nearest;
                // Inside as a decimal is not enough: the double it becomes must be inside too.
                double value = chosen.doubleValue();
                if (value > lo && value < hi) {
                    return value;
                }
            }
        }
        return lo + (hi - lo) / 2;
    }


    static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
