package mgc.revision;

import java.util.List;
import java.util.Set;
import mgc.spec.Propellant;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * One limit of a revision for one system type. Terms are data; the rules that apply them live in
 * the DRL rule base, one rule per kind of term. Each kind has the key it is written under in a
 * revision file.
 */
public sealed interface Term {

    /** The key in a revision file, e.g. {@code max-range}. */
    String key();

    Basis basis();

    /** The term in a few words, e.g. {@code range <= 800 km}. */
    String summary();

    List<String> KEYS = List.of("max-range", "max-payload", "payload-tradeoff", "payload-cap-beyond-range", "impulse-cap");

    /** Range must not exceed {@code max}. */
    record RangeCap(Quantity max, Basis basis) implements Term {
        public String key() {
            return "max-range";
        }

        public String summary() {
            return "range <= " + max.display();
        }
    }

    /** Payload must not exceed {@code max}, at any range. */
    record PayloadCap(Quantity max, Basis basis) implements Term {
        public String key() {
            return "max-payload";
        }

        public String summary() {
            return "payload <= " + max.display();
        }
    }

    /**
     * Payload must not exceed a limit that falls with range: straight lines between the given
     * points, the first point's payload at shorter ranges and the last point's beyond.
     */
    record PayloadTradeoff(List<Point> points, Basis basis) implements Term {
        public PayloadTradeoff {
            points = List.copyOf(points);
        }

        public String key() {
            return "payload-tradeoff";
        }

        public String summary() {
            return "payload <= trade-off curve " + String.join(", ",
                    points.stream().map(p -> p.range().display() + " -> " + p.payload().display()).toList());
        }

        /** The payload limit at a range, in kg. */
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
        public boolean interpolatedAt(double rangeKm) {
            for (int i = 1; i < points.size(); i++) {
                if (rangeKm > points.get(i - 1).range().value() && rangeKm < points.get(i).range().value()) {
                    return true;
                }
            }
            return false;
        }
    }

    record Point(Quantity range, Quantity payload) {
        public String describe() {
            return "(" + range.display() + ", " + payload.display() + ")";
        }
    }

    /**
     * Payload must not exceed {@code max} when range is beyond {@code threshold}; below it there is
     * no payload limit. {@code inclusive} says whether the threshold itself counts as beyond
     * (the 2012 UAV term: "range >= 300 km"; the cruise-missile term: "range > 300 km").
     */
    record PayloadCapBeyondRange(Quantity threshold, boolean inclusive, Quantity max, Basis basis) implements Term {
        public String key() {
            return "payload-cap-beyond-range";
        }

        public boolean appliesAt(double rangeKm) {
            return inclusive ? rangeKm >= threshold.value() : rangeKm > threshold.value();
        }

        public String summary() {
            return "payload <= " + max.display() + " when range " + (inclusive ? ">= " : "> ") + threshold.display();
        }
    }

    /** Total impulse must not exceed {@code max} for systems using one of {@code propellants}. */
    record ImpulseCap(Quantity max, Set<Propellant> propellants, Basis basis) implements Term {
        public ImpulseCap {
            propellants = Set.copyOf(propellants);
        }

        public String key() {
            return "impulse-cap";
        }

        public String summary() {
            return "total impulse <= " + max.display() + " (" + Numbers.format(max.value() / 4.4482216152605)
                    + " lbf*s) for " + String.join("/", propellants.stream().map(Propellant::id).sorted().toList())
                    + " propellant";
        }
    }
}
