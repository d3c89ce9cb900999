package mgc.capability;

/**
 * How capability is assessed.
 *
 * @param checkCurve     check every configuration of the curve against the revisions (--capability);
 *                       false gives the MTCR category and the declared-point check only (--mtcr)
 * @param threshold      how far below the stages' range (a fraction, 0.2 = 20%) a declared range may be
 *                       before it is flagged
 * @param boundary       the reading of the MTCR Category I boundary
 * @param usefulRangeKm  the shortest flight counted as a capability: heavier payloads flown shorter are not
 * @param samples        evenly spaced configurations checked besides the breakpoints
 */
public record CapabilityOptions(boolean checkCurve, double threshold, MtcrBoundary boundary, double usefulRangeKm,
                                int samples) {

    /** The default threshold for a declared range below capability: 20%. */
    public static final double DEFAULT_THRESHOLD = 0.20;
    /**
     * The default useful range, km: the shortest range cap the guideline ever set (180 km, 1979),
     * so every range limit is checked, while payloads flown only a few km do not count.
     */
    public static final double DEFAULT_USEFUL_RANGE_KM = 180;
    public static final int DEFAULT_SAMPLES = 200;
    /** Gravity and drag losses when the spec gives none, m/s: none, so range is an upper bound. */
    public static final double DEFAULT_LOSSES_MS = 0;

    public CapabilityOptions {
        if (!(threshold >= 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be from 0% to less than 100%");
        }
        if (!(usefulRangeKm > 0 && usefulRangeKm < BallisticRange.HALF_CIRCUMFERENCE_KM)) {
            throw new IllegalArgumentException("useful range must be more than 0 and less than half the circumference");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1");
        }
    }

    public static CapabilityOptions defaults() {
        return new CapabilityOptions(true, DEFAULT_THRESHOLD, MtcrBoundary.DEFAULT, DEFAULT_USEFUL_RANGE_KM, DEFAULT_SAMPLES);
    }

    public CapabilityOptions withCheckCurve(boolean check) {
        return new CapabilityOptions(check, threshold, boundary, usefulRangeKm, samples);
    }
}
