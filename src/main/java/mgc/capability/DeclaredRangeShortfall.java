package mgc.capability;

import java.util.Optional;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * Compares the declared range with the range the stages give at the declared payload. A declared
 * range far below capability (more than the threshold) is flagged: the declaration understates
 * what the system can do. A declared range above capability is noted, as the stage data or the
 * losses may be off. Neither changes a verdict; the curve check does that.
 *
 * @param shortfall how far below capability the declared range is, as a fraction (negative when above)
 */
public record DeclaredRangeShortfall(double payloadKg, double declaredRangeKm, CurvePoint capable, double shortfall,
                                 double threshold, boolean flagged) {

    /** Empty when the spec does not declare both range and payload. */
    public static Optional<DeclaredRangeShortfall> of(SystemSpec spec, CapabilityCurve curve, double threshold) {
        if (spec.range().isEmpty() || spec.payload().isEmpty()) {
            return Optional.empty();
        }
        double payload = spec.payload().get().value();
        double declared = spec.range().get().value();
        CurvePoint capable = curve.at(payload);
        double shortfall = (capable.rangeKm() - declared) / capable.rangeKm();
        boolean flagged = capable.orbital() || shortfall > threshold;
        return Optional.of(new DeclaredRangeShortfall(payload, declared, capable, shortfall, threshold, flagged));
    }

    public String describe() {
        String head = "declared " + Numbers.format(declaredRangeKm) + " km with " + Numbers.format(payloadKg)
                + " kg; the stages give: " + capable.describe();
        if (capable.orbital()) {
            return head + ": FLAGGED, the declared range is far below capability";
        }
        String percent = Numbers.format(Math.round(Math.abs(shortfall) * 1000) / 10.0) + "%";
        String limit = Numbers.format(Math.round(threshold * 1000) / 10.0) + "%";
        if (flagged) {
            return head + ": FLAGGED, the declared range is " + percent + " below capability (threshold " + limit + ")";
        }
        if (shortfall < 0) {
            return head + ": the declared range is " + percent + " above what the stages give; check the stage data and losses";
        }
        return head + ": consistent (declared range " + percent + " below capability, threshold " + limit + ")";
    }
}
