package mgc.compare;

import java.util.List;
import java.util.Optional;

/**
 * A set of systems of one type that one revision permits and the other prohibits: the product
 * of the range, payload, propellant and total-impulse conditions. An empty list (or empty
 * payload) means the region does not restrict that field.
 */
public record Region(Direction direction, String permittedBy, String prohibitedBy, String description,
                     List<Span> range, Optional<PayloadBand> payload, List<String> propellants, List<Span> totalImpulse) {

    public Region {
        range = List.copyOf(range);
        propellants = List.copyOf(propellants);
        totalImpulse = List.copyOf(totalImpulse);
    }

    /**
     * The payloads of the region at each of its ranges: between two limits of the revisions (or
     * from 0, or without upper bound), or "not declared".
     */
    public record PayloadBand(boolean undeclared, Optional<Bound> lower, Optional<Bound> upper) {}

    /**
     * One side of a payload band: a payload limit of a revision ({@code limits}, e.g.
     * {@code 2012 MG-TRADEOFF}), with its value in kg at ranges within the region.
     */
    public record Bound(List<String> limits, boolean inclusive, List<LimitValue> values) {
        public Bound {
            limits = List.copyOf(limits);
            values = List.copyOf(values);
        }
    }

    /** A payload limit's value at one range (range null when range is not declared). */
    public record LimitValue(Double rangeKm, double payloadKg) {}
}
