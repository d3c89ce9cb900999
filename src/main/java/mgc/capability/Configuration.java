package mgc.capability;

/**
 * A configuration checked against the rule base, and why it was picked. The origin orders
 * the witnesses shown for a finding: the declared payload first, then the payloads and ranges
 * the revision terms name, then the ends of the curve, then samples.
 */
public record Configuration(CurvePoint point, Origin origin) {

    public enum Origin {
        /** The payload the spec declares, flown as far as the stages allow. */
        DECLARED,
        /** A payload a term names (a cap, a point of a trade-off curve), flown as far as possible. */
        PAYLOAD_BREAKPOINT,
        /** The heaviest payload carried to a range a term names. */
        RANGE_BREAKPOINT,
        /** No payload, or the heaviest payload to the useful range. */
        END,
        /** Between the others, so the curve is covered. */
        SAMPLE
    }

    /** E.g. {@code with the declared 1,000 kg it reaches 649.1 km}. */
    public String describe() {
        String text = point.describe();
        return origin == Origin.DECLARED ? text.replaceFirst("^with ", "with the declared ") : text;
    }
}
