package mgc.capability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the Category I threshold is read at exactly 500 kg / 300 km. The EU dual-use list (9A004)
 * says "at least a 500 kg payload to a range of at least 300 km"; the MTCR Guidelines say
 * "exceeding a 300km/500kg range/payload threshold". The default is the EU reading: it is the
 * control-list wording and the stricter of the two, so a system on the boundary is not let off.
 */
public enum MtcrBoundary {
    AT_LEAST("at-least", "at least 500 kg to at least 300 km (EU dual-use list 9A004 wording)"),
    EXCEEDING("exceeding", "more than 500 kg to more than 300 km (MTCR Guidelines wording: \"exceeding\")");

    public static final MtcrBoundary DEFAULT = AT_LEAST;

    private final String id;
    private final String reading;

    MtcrBoundary(String id, String reading) {
        this.id = id;
        this.reading = reading;
    }

    public String id() {
        return id;
    }

    /** The Category I test in words. */
    public String reading() {
        return reading;
    }

    /** Whether {@code value} passes the threshold under this reading. */
    boolean meets(double value, double threshold) {
        return this == AT_LEAST ? value >= threshold : value > threshold;
    }

    public static Map<String, MtcrBoundary> byId() {
        Map<String, MtcrBoundary> map = new LinkedHashMap<>();
        Arrays.stream(values()).forEach(b -> map.put(b.id, b));
        return map;
    }

    @Override
    public String toString() {
        return id;
    }
}
