package mgc.compare;

import mgc.units.Numbers;

/**
 * A set of values of one field: an interval (bounds may be open or closed, {@code hi} null for no
 * upper bound) or "not declared".
 */
public record Span(double lo, boolean loInclusive, Double hi, boolean hiInclusive, boolean undeclared) {

    static Span interval(double lo, boolean loInclusive, Double hi, boolean hiInclusive) {
        return new Span(lo, loInclusive, hi, hiInclusive, false);
    }

    static Span point(double value) {
        return new Span(value, true, value, true, false);
    }

    static Span notDeclared() {
        return new Span(0, false, null, false, true);
    }

    public boolean isPoint() {
        return !undeclared && hi != null && hi == lo;
    }

    /**
     * In words, e.g. {@code 300 km < range <= 500 km}. The lower bound is left out where it is the
     * least value the field can take ({@code minimum}, open or closed per the field).
     */
    String describe(String field, String unit, double minimum, boolean minimumInclusive, java.util.function.DoubleFunction<String> extra) {
        if (undeclared) {
            return field + " not declared";
        }
        if (isPoint()) {
            return field + " = " + value(lo, unit, extra);
        }
        boolean lower = !(lo == minimum && loInclusive == minimumInclusive);
        if (!lower && hi == null) {
            return "any " + field;
        }
        if (!lower) {
            return field + (hiInclusive ? " <= " : " < ") + value(hi, unit, extra);
        }
        if (hi == null) {
            return field + (loInclusive ? " >= " : " > ") + value(lo, unit, extra);
        }
        return value(lo, unit, extra) + (loInclusive ? " <= " : " < ") + field + (hiInclusive ? " <= " : " < ") + value(hi, unit, extra);
    }

    private static String value(double value, String unit, java.util.function.DoubleFunction<String> extra) {
        String more = extra == null ? "" : extra.apply(value);
        return Numbers.format(value) + " " + unit + (more.isEmpty() ? "" : " (" + more + ")");
    }
}
