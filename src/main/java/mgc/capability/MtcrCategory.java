package mgc.capability;

import java.util.Optional;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * The MTCR Annex category of a system (mtcr.info, MTCR Guidelines): Category I when capable of
 * 500 kg to 300 km (boundary per {@link MtcrBoundary}), Category II when capable of 300 km or
 * more with any payload, otherwise not controlled by range and payload. "Capable of" means in
 * any configuration, so with stages the whole curve decides, not the declared point.
 */
public enum MtcrCategory {
    CATEGORY_I("Category I"),
    CATEGORY_II("Category II"),
    NOT_CONTROLLED("not controlled"),
    UNDETERMINED("undetermined");

    /** MTCR thresholds. */
    public static final double RANGE_KM = 300;
    public static final double PAYLOAD_KG = 500;

    private final String label;

    MtcrCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** A category with the configuration that decides it, and what it was judged from. */
    public record Classification(MtcrCategory category, MtcrBoundary boundary, String deciding, boolean fromStages) {

        /** E.g. {@code MTCR Category I: with 500 kg it reaches 1,018 km (...)}. */
        public String describe() {
            return "MTCR " + category.label() + ": " + deciding + " [Category I reading: " + boundary.reading()
                    + "; Category II: 300 km or more with any payload]";
        }
    }

    /** Classifies from the stages: what the system is capable of. */
    public static Classification of(CapabilityCurve curve, MtcrBoundary boundary) {
        CurvePoint withThreshold = curve.at(PAYLOAD_KG);
        if (withThreshold.orbital() || boundary.meets(withThreshold.rangeKm(), RANGE_KM)) {
            return new Classification(CATEGORY_I, boundary, withThreshold.describe(), true);
        }
        CurvePoint empty = curve.at(0);
        if (empty.orbital() || empty.rangeKm() >= RANGE_KM) {
            double most = curve.payloadTo(RANGE_KM).orElse(0);
            return new Classification(CATEGORY_II, boundary, withThreshold.describe() + " (short of 300 km), but it carries up to "
                    + Numbers.format(most) + " kg to 300 km; " + empty.describe(), true);
        }
        return new Classification(NOT_CONTROLLED, boundary, "even " + empty.describe() + ", short of 300 km", true);
    }

    /** Classifies from the declared point when no stages are given: the declaration may understate capability. */
    public static Classification ofDeclared(SystemSpec spec, MtcrBoundary boundary) {
        Optional<Quantity> range = spec.range();
        Optional<Quantity> payload = spec.payload();
        String caveat = " (declared point; no stages given, so what the system is capable of is not shown)";
        if (range.isEmpty()) {
            return new Classification(UNDETERMINED, boundary, "no range declared and no stages given", false);
        }
        String point = Numbers.format(payload.map(Quantity::value).orElse(0.0)) + " kg to " + range.get().display();
        if (payload.isPresent() && boundary.meets(payload.get().value(), PAYLOAD_KG) && boundary.meets(range.get().value(), RANGE_KM)) {
            return new Classification(CATEGORY_I, boundary, point + caveat, false);
        }
        if (range.get().value() >= RANGE_KM) {
            return new Classification(CATEGORY_II, boundary, (payload.isPresent() ? point : range.get().display() + ", payload not declared") + caveat, false);
        }
        return new Classification(NOT_CONTROLLED, boundary, (payload.isPresent() ? point : range.get().display()) + caveat, false);
    }
}
