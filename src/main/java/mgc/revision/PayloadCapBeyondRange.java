package mgc.revision;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mgc.document.FieldReader;
import mgc.document.InputError;
import mgc.spec.Propellant;
import mgc.units.Dimension;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * Payload must not exceed {@code max} when range is beyond {@code threshold}; below it there is
 * no payload limit. {@code inclusive} says whether the threshold itself counts as beyond
 * (the 2012 UAV term: "range >= 300 km"; the cruise-missile term: "range > 300 km").
 */
public record PayloadCapBeyondRange(Quantity threshold, boolean inclusive, Quantity max, Basis basis) implements Term {
    public static final String KEY = "payload-cap-beyond-range";
    public static final String RULE_ID = "MG-PAYLOAD-BEYOND-RANGE";
    /** How a revision file writes the kind: its key, rule, fields and reader. */
    static final Kind KIND = new Kind(KEY, RULE_ID, List.of("when-range-over", "when-range-at-least", "payload"), PayloadCapBeyondRange::read);

    public Kind kind() {
        return KIND;
    }

    public List<String> writtenFields() {
        return List.of((inclusive ? "when-range-at-least: " : "when-range-over: ") + threshold.exact(), "payload: " + max.exact());
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

    /** Reads exactly one of {@code when-range-over} or {@code when-range-at-least}, and {@code payload}. */
    static Optional<Term> read(FieldReader t, Optional<Basis> basis) {
        boolean over = t.has("when-range-over");
        boolean atLeast = t.has("when-range-at-least");
        if (over == atLeast) {
            t.errors().add(InputError.at(t.node().location(), t.pathOf("when-range-over"),
                    "give exactly one of when-range-over (range > threshold) or when-range-at-least (range >= threshold)"));
            return Optional.empty();
        }
        String thresholdKey = over ? "when-range-over" : "when-range-at-least";
        Optional<Quantity> threshold = t.quantity(thresholdKey, true, Dimension.LENGTH, v -> v >= 0, "0 or more");
        Optional<Quantity> payload = t.quantity("payload", true, Dimension.MASS, v -> v >= 0, "0 or more");
        if (threshold.isEmpty() || payload.isEmpty() || basis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PayloadCapBeyondRange(threshold.get(), atLeast, payload.get(), basis.get()));
    }
}
