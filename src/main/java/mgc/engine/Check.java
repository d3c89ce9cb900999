package mgc.engine;

import java.util.Optional;
import mgc.units.Numbers;

/**
 * One term of a revision applied to one system: the value compared, the limit, the margin and
 * why the limit is what it is. A check that is {@code violated} is a finding; the others explain
 * a permitted verdict.
 *
 * @param actual the system's value in {@code unit}, or null when the system did not declare it
 * @param limit  the limit in {@code unit}
 * @param basis  how the limit was found (e.g. "interpolated on a straight line between ...")
 * @param interpolated true when the limit comes from interpolating the trade-off curve
 * @param source the citations of the term
 * @param reading the reading the rule base takes where the record is unclear, if any
 */
public record Check(String rule, String revision, String field, Double actual, double limit, String unit,
                    boolean violated, String basis, boolean interpolated, String source,
                    Optional<String> reading, String message) {

    /** Limit minus actual: how much room is left (negative when over), or null when undeclared. */
    public Double margin() {
        return actual == null ? null : limit - actual;
    }

    /** A one-line explanation with units, e.g. {@code range 900 km > limit 800 km (over by 100 km)}. */
    public static String describe(String field, Double actual, double limit, String unit, boolean violated) {
        if (actual == null) {
            return field + " not declared; the limit of " + Numbers.format(limit) + " " + unit
                    + " applies, so compliance cannot be shown";
        }
        double margin = limit - actual;
        return field + " " + Numbers.format(actual) + " " + unit + (violated ? " > " : " <= ") + "limit "
                + Numbers.format(limit) + " " + unit + (violated
                ? " (over by " + Numbers.format(-margin) + " " + unit + ")"
                : " (margin " + Numbers.format(margin) + " " + unit + ")");
    }
}
