package mgc.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Numbers;

/**
 * A difference region in words and numbers, e.g. "ballistic-missile, range <= 800 km, payload
 * above the 2012 trade-off limit (...): prohibited by 2012, permitted by 2017".
 */
final class RegionText {

    private static final Map<String, String> LIMIT_WORDS = Map.of(
            "MG-TRADEOFF", "trade-off limit",
            "MG-PAYLOAD", "payload cap",
            "MG-PAYLOAD-BEYOND-RANGE", "payload cap beyond its range threshold");

    private RegionText() {}

    static String describe(SystemType type, List<Span> range, Optional<Region.PayloadBand> payload, List<String> fuels,
                           List<Span> impulse, String prohibitedBy, String permittedBy) {
        List<String> parts = new ArrayList<>();
        if (!range.isEmpty()) {
            parts.add(String.join(" or ", range.stream().map(s -> s.describe("range", "km", 0, false, null)).toList()));
        }
        payload.ifPresent(p -> parts.add(describe(p)));
        if (!fuels.isEmpty()) {
            parts.add("propellant " + String.join(" or ", fuels));
        }
        if (!impulse.isEmpty()) {
            parts.add(String.join(" or ", impulse.stream().map(s -> s.describe("total impulse", "N*s", 0, true,
                    v -> Numbers.format(v / Dimension.IMPULSE.factor("lbf*s").orElseThrow().doubleValue()) + " lbf*s")).toList()));
        }
        return type.id() + ", " + (parts.isEmpty() ? "every system" : String.join(", ", parts))
                + ": prohibited by " + prohibitedBy + ", permitted by " + permittedBy;
    }

    static String describe(Region.PayloadBand band) {
        if (band.undeclared()) {
            return "payload not declared";
        }
        StringBuilder text = new StringBuilder("payload");
        band.lower().ifPresent(b -> text.append(b.inclusive() ? " at least " : " above ").append(describe(b)));
        band.upper().ifPresent(b -> text.append(band.lower().isPresent() ? " and" : "")
                .append(b.inclusive() ? " up to " : " below ").append(describe(b)));
        if (band.lower().isEmpty() && band.upper().isEmpty()) {
            text.append(" declared");
        }
        return text.toString();
    }

    static String describe(Region.Bound bound) {
        String names = String.join(" = ", bound.limits().stream().map(RegionText::limitName).toList());
        boolean constant = bound.values().stream().allMatch(v -> Cells.close(v.payloadKg(), bound.values().get(0).payloadKg()));
        if (constant && !bound.values().isEmpty()) {
            return Numbers.format(bound.values().get(0).payloadKg()) + " kg (" + names + ")";
        }
        return names + " (" + String.join(", ", bound.values().stream().map(v -> Numbers.format(v.payloadKg()) + " kg"
                + (v.rangeKm() == null ? "" : " at " + Numbers.format(v.rangeKm()) + " km")).toList()) + ")";
    }

    static String limitName(String label) {
        int space = label.lastIndexOf(' ');
        String rule = label.substring(space + 1);
        return "the " + label.substring(0, space) + " " + LIMIT_WORDS.getOrDefault(rule, rule + " limit");
    }
}
