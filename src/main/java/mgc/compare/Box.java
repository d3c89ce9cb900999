package mgc.compare;

import java.util.Map;
import mgc.spec.Interval;
import mgc.spec.Propellant;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Quantity;

/**
 * The systems a spec with uncertain figures stands for: a product of one set of values per
 * field, each a closed interval, a single value, "not declared", or (for the nearest-design
 * search) every value the field can take. Values in canonical units (km, kg, N*s).
 */
public record Box(SystemType type, Span range, Span payload, Propellant propellant, Span totalImpulse) {

    /** The box of a spec: its intervals, and its point values as one-value sets. */
    public static Box of(SystemSpec spec) {
        return new Box(spec.type(), axis(spec.range(), spec.intervals(), "range"), axis(spec.payload(), spec.intervals(), "payload"),
                spec.propellant().orElse(null), axis(spec.totalImpulse(), spec.intervals(), "total_impulse"));
    }

    private static Span axis(java.util.Optional<Quantity> point, Map<String, Interval> intervals, String field) {
        Interval interval = intervals.get(field);
        if (interval != null) {
            return Span.interval(interval.min().value(), true, interval.max().value(), true);
        }
        return point.map(q -> Span.point(q.value())).orElse(Span.notDeclared());
    }

    /** The same box with one field free: every value it can take (range above 0; payload and impulse from 0). */
    public Box free(String field) {
        return switch (field) {
            case "range" -> new Box(type, Span.interval(0, false, null, false), payload, propellant, totalImpulse);
            case "payload" -> new Box(type, range, Span.interval(0, true, null, false), propellant, totalImpulse);
            case "total_impulse" -> new Box(type, range, payload, propellant, Span.interval(0, true, null, false));
            default -> throw new IllegalArgumentException("no such axis: " + field);
        };
    }

    /** A round value inside an open cell of a free axis, for a witness away from the cell's ends. */
    public static double free(Span cell) {
        return Cells.sample(cell);
    }

    static boolean contains(Span set, Double value) {
        if (set.undeclared()) {
            return value == null;
        }
        if (value == null) {
            return false;
        }
        boolean aboveLow = set.loInclusive() ? value >= set.lo() : value > set.lo();
        boolean belowHigh = set.hi() == null || (set.hiInclusive() ? value <= set.hi() : value < set.hi());
        return aboveLow && belowHigh;
    }

    /** A value of the set to evaluate where the field does not matter: its least value, or a round one for a free axis. */
    static Double sample(Span set) {
        if (set.undeclared()) {
            return null;
        }
        return set.loInclusive() ? set.lo() : Cells.niceBetween(set.lo(), set.hi());
    }
}
