package mgc.revision;

import java.util.List;
import java.util.Set;
import mgc.spec.Propellant;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * One limit of a revision for one system type. Each kind of term is one record here and carries
 * all the code knows about it: the key it is written under in a revision file, the rule that
 * applies it, the values it needs, the numbers at which its outcome can change, and the numbers
 * and words its rule's outcome quotes. Whether a system is within a term is decided only by the
 * DRL rule base, one rule pair per kind (rules/guideline.drl); the engine wraps every kind in the
 * same fact ({@code mgc.engine.TermFact}). docs/architecture.md: how to add a term kind.
 */
public sealed interface Term {

    /** A value of a system that terms compare or need, as the field is named in outcomes, with its canonical unit. */
    enum Input {
        RANGE("range", "km"), PAYLOAD("payload", "kg"), PROPELLANT("propellant", ""), TOTAL_IMPULSE("total_impulse", "N*s");

        private final String field;
        private final String unit;

        Input(String field, String unit) {
            this.field = field;
            this.unit = unit;
        }

        public String field() {
            return field;
        }

        public String unit() {
            return unit;
        }
    }

    /**
     * What a rule records when a term does not apply to a system (short of a threshold, a
     * propellant it does not cover): the field the outcome names, the limit and unit it quotes and
     * how the limit is found. The message, which quotes the system, is {@link #exemptionMessage}.
     */
    record Exemption(Input field, double limit, String unit, String basis) {}

    /** The key in a revision file, e.g. {@code max-range}. */
    String key();

    /** The stable id of the DRL rule pair that applies this kind of term (its {@code @ruleId}). */
    String ruleId();

    Basis basis();

    /** The term in a few words, e.g. {@code range <= 800 km}. */
    String summary();

    /** The value compared with the limit. */
    Input limited();

    /** The values the term cannot be applied without (a missing one fails it: MG-UNDECLARED). */
    Set<Input> needs();

    /** The limit quoted when a value it needs was not declared, in {@code limited().unit()}. */
    double headlineLimit();

    /** The limit at a range, in {@code limited().unit()}: the headline limit unless it moves with range. */
    default double limitAt(double rangeKm) {
        return headlineLimit();
    }

    /** Whether the limit moves with range between breakpoints (a sloping line), not only in steps at them. */
    default boolean limitSlopes() {
        return false;
    }

    /** Whether the term applies at this range (a threshold), whatever the other values. */
    default boolean appliesAt(double rangeKm) {
        return true;
    }

    /** Whether the term applies to a system of this propellant. */
    default boolean appliesTo(Propellant propellant) {
        return true;
    }

    /** How the limit is found, for an outcome's basis; for a limit that slopes, see {@link #limitBasisAt}. */
    default String limitBasis() {
        return "";
    }

    /** How the limit at this range is found (only asked of a term whose limit slopes). */
    default String limitBasisAt(double rangeKm) {
        return limitBasis();
    }

    /** True when the limit at this range comes from interpolation, not a published figure. */
    default boolean interpolatedAt(double rangeKm) {
        return false;
    }

    /** The outcome's constant part when the term does not apply to a system; null when it always applies. */
    default Exemption exemption() {
        return null;
    }

    /** The message of the outcome recorded when the term does not apply to this system. */
    default String exemptionMessage(double rangeKm, Propellant propellant) {
        throw new UnsupportedOperationException(key() + " always applies");
    }

    /** Ranges (km) at which the outcome can change: caps, thresholds, curve points. */
    default List<Double> rangeBreaks() {
        return List.of();
    }

    /** Payloads (kg) at which the outcome can change. */
    default List<Double> payloadBreaks() {
        return List.of();
    }

    /** Total impulses (N*s) at which the outcome can change. */
    default List<Double> impulseBreaks() {
        return List.of();
    }

    /**
     * The keys of every kind, in the order revision files and outputs list them. (Compile-time
     * constants: naming them here does not start the records' initialization.)
     */
    List<String> KEYS = List.of(RangeCap.KEY, PayloadCap.KEY, PayloadTradeoff.KEY, PayloadCapBeyondRange.KEY, ImpulseCap.KEY);

    /** The rule ids of every kind, as their DRL rule pairs' {@code @ruleId}. */
    List<String> RULE_IDS = List.of(RangeCap.RULE_ID, PayloadCap.RULE_ID, PayloadTradeoff.RULE_ID,
            PayloadCapBeyondRange.RULE_ID, ImpulseCap.RULE_ID);

    /** Range must not exceed {@code max}. */
    record RangeCap(Quantity max, Basis basis) implements Term {
        public static final String KEY = "max-range";
        public static final String RULE_ID = "MG-RANGE";

        public String key() {
            return KEY;
        }

        public String ruleId() {
            return RULE_ID;
        }

        public String summary() {
            return "range <= " + max.display();
        }

        public Input limited() {
            return Input.RANGE;
        }

        public Set<Input> needs() {
            return Set.of(Input.RANGE);
        }

        public double headlineLimit() {
            return max.value();
        }

        public List<Double> rangeBreaks() {
            return List.of(max.value());
        }
    }

    /** Payload must not exceed {@code max}, at any range. */
    record PayloadCap(Quantity max, Basis basis) implements Term {
        public static final String KEY = "max-payload";
        public static final String RULE_ID = "MG-PAYLOAD";

        public String key() {
            return KEY;
        }

        public String ruleId() {
            return RULE_ID;
        }

        public String summary() {
            return "payload <= " + max.display();
        }

        public Input limited() {
            return Input.PAYLOAD;
        }

        public Set<Input> needs() {
            return Set.of(Input.PAYLOAD);
        }

        public double headlineLimit() {
            return max.value();
        }

        public List<Double> payloadBreaks() {
            return List.of(max.value());
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

        public static final String KEY = "payload-tradeoff";
        public static final String RULE_ID = "MG-TRADEOFF";

        public String key() {
            return KEY;
        }

        public String ruleId() {
            return RULE_ID;
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
        public static final String KEY = "payload-cap-beyond-range";
        public static final String RULE_ID = "MG-PAYLOAD-BEYOND-RANGE";

        public String key() {
            return KEY;
        }

        public String ruleId() {
            return RULE_ID;
        }

        public String summary() {
            return "payload <= " + max.display() + " when range " + (inclusive ? ">= " : "> ") + threshold.display();
        }

        public Input limited() {
            return Input.PAYLOAD;
        }

        public Set<Input> needs() {
            return Set.of(Input.RANGE, Input.PAYLOAD);
        }

        public double headlineLimit() {
            return max.value();
        }

        @Override
        public boolean appliesAt(double rangeKm) {
            return inclusive ? rangeKm >= threshold.value() : rangeKm > threshold.value();
        }

        @Override
        public String limitBasis() {
            return "the cap applies at range " + (inclusive ? ">= " : "> ") + threshold.display();
        }

        @Override
        public Exemption exemption() {
            return new Exemption(Input.RANGE, threshold.value(), "km", "payload cap of " + max.display()
                    + " applies only at range " + (inclusive ? ">= " : "> ") + threshold.display());
        }

        @Override
        public String exemptionMessage(double rangeKm, Propellant propellant) {
            double limit = threshold.value();
            return "range " + Numbers.format(rangeKm) + " km is " + (inclusive ? "below " : "not over ")
                    + Numbers.format(limit) + " km, so no payload cap applies (margin "
                    + Numbers.format(limit - rangeKm) + " km)";
        }

        public List<Double> rangeBreaks() {
            return List.of(threshold.value());
        }

        public List<Double> payloadBreaks() {
            return List.of(max.value());
        }
    }

    /** Total impulse must not exceed {@code max} for systems using one of {@code propellants}. */
    record ImpulseCap(Quantity max, Set<Propellant> propellants, Basis basis) implements Term {
        public ImpulseCap {
            propellants = Set.copyOf(propellants);
        }

        public static final String KEY = "impulse-cap";
        public static final String RULE_ID = "MG-IMPULSE";

        public String key() {
            return KEY;
        }

        public String ruleId() {
            return RULE_ID;
        }

        public String summary() {
            return "total impulse <= " + max.display() + " (" + Numbers.format(max.value() / 4.4482216152605)
                    + " lbf*s) for " + covered() + " propellant";
        }

        public Input limited() {
            return Input.TOTAL_IMPULSE;
        }

        public Set<Input> needs() {
            return Set.of(Input.PROPELLANT, Input.TOTAL_IMPULSE);
        }

        public double headlineLimit() {
            return max.value();
        }

        @Override
        public boolean appliesTo(Propellant propellant) {
            return propellants.contains(propellant);
        }

        @Override
        public String limitBasis() {
            return "cap for " + covered() + " propellant";
        }

        @Override
        public Exemption exemption() {
            return new Exemption(Input.PROPELLANT, max.value(), "N*s", "");
        }

        @Override
        public String exemptionMessage(double rangeKm, Propellant propellant) {
            return "propellant " + propellant.id() + " is not covered by the total impulse cap (applies to "
                    + covered() + ")";
        }

        public List<Double> impulseBreaks() {
            return List.of(max.value());
        }

        /** The propellants covered, as {@code liquid/solid}. */
        private String covered() {
            return String.join("/", propellants.stream().map(Propellant::id).sorted().toList());
        }
    }
}
