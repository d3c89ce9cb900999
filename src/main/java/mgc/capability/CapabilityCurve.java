package mgc.capability;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The range-payload curve of one staged system: for each payload, the farthest it can be flown.
 * Range falls as payload rises, so the curve runs from the longest flight (no payload) to the
 * heaviest payload that still reaches the useful range; heavier payloads flown shorter are not
 * counted as capabilities. Any configuration below the curve (less payload, or a shorter
 * flight) is possible too, which is why checking the curve is enough.
 */
public final class CapabilityCurve {

    private static final int BISECTIONS = 200;

    private final RangeModel model;
    private final double usefulRangeKm;
    private final double maxPayloadKg;

    /** The curve of the burnout model with these stages (losses as the rocket states them). */
    public CapabilityCurve(RocketEquation rocket, double usefulRangeKm) {
        this(new BurnoutModel(rocket, true), usefulRangeKm);
    }

    public CapabilityCurve(RangeModel model, double usefulRangeKm) {
        if (!(usefulRangeKm > 0 && usefulRangeKm < BallisticRange.HALF_CIRCUMFERENCE_KM)) {
            throw new IllegalArgumentException("useful range must be more than 0 and less than half the circumference");
        }
        this.model = model;
        this.usefulRangeKm = usefulRangeKm;
        this.maxPayloadKg = payloadTo(usefulRangeKm).orElse(0);
    }

    /** The model the ranges come from. */
    public RangeModel model() {
        return model;
    }

    public double usefulRangeKm() {
        return usefulRangeKm;
    }

    /** The heaviest payload that reaches the useful range; 0 when even no payload does. */
    public double maxPayloadKg() {
        return maxPayloadKg;
    }

    /** Whether the system reaches the useful range at all (with no payload). */
    public boolean reachesUsefulRange() {
        return at(0).rangeKm() >= usefulRangeKm;
    }

    /** The farthest flight with this payload. */
    public CurvePoint at(double payloadKg) {
        BallisticRange.Reach reach = model.reach(payloadKg);
        return new CurvePoint(payloadKg, reach.rangeKm(), reach.orbital());
    }

    /**
     * The heaviest payload the system carries at least {@code rangeKm} (to within 1e-9 relative),
     * or empty when it cannot reach that range even with no payload.
     */
    public OptionalDouble payloadTo(double rangeKm) {
        if (!(rangeKm > 0)) {
            throw new IllegalArgumentException("range must be more than 0, got " + rangeKm);
        }
        if (at(0).rangeKm() < rangeKm) {
            return OptionalDouble.empty();
        }
        double low = 0;
        double high = Math.max(1, model.launchMass(0));
        while (at(high).rangeKm() >= rangeKm) {
            low = high;
            high *= 2;
            if (high > 1e15) {
                throw new IllegalStateException("payload to " + rangeKm + " km did not converge");
            }
        }
        for (int i = 0; i < BISECTIONS && high - low > 1e-9 * Math.max(1, high); i++) {
            double middle = (low + high) / 2;
            if (at(middle).rangeKm() >= rangeKm) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return OptionalDouble.of(low);
    }

    /** {@code count + 1} evenly spaced points from no payload to the heaviest useful payload. */
    public List<CurvePoint> sample(int count) {
        List<CurvePoint> points = new ArrayList<>(count + 1);
        for (int i = 0; i <= count; i++) {
            points.add(at(i == count ? maxPayloadKg : maxPayloadKg * i / count));
        }
        return points;
    }
}
