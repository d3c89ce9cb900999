package mgc.spec;

import java.util.List;
import java.util.Optional;
import mgc.document.FieldReader;
import mgc.document.Node;
import mgc.units.Dimension;
import mgc.units.Quantity;

/** Reads the flight model's fields (diameter, drag_coefficient, burn_time on every stage) and checks they come together. */
final class FlightFields {

    private FlightFields() {}

    /**
     * The flight model needs a burn time on every stage and the diameter; half of them is an error,
     * not a silent fall-back to the burnout model. Losses belong to the burnout model only: the
     * flight model computes gravity and drag itself.
     */
    static void complete(FieldReader fields, List<Stage> stages, Optional<Double> diameter,
                                             Optional<Quantity> losses) {
        long timed = stages.stream().filter(s -> s.burnTime().isPresent()).count();
        if (timed > 0 && timed < stages.size()) {
            fields.error("stages", "burn_time is given on " + timed + " of " + stages.size() + " stages; the flight model needs it"
                    + " on every stage (or remove it from all for the burnout model)");
        } else if (timed > 0 && diameter.isEmpty() && !fields.has("diameter")) {
            fields.error("stages", "the stages have burn_time but the system has no diameter:; the flight model needs both"
                    + " (or remove burn_time for the burnout model)");
        } else if (timed == 0 && fields.has("diameter") && !stages.isEmpty()) {
            fields.error("diameter", "diameter is for the flight model, which also needs burn_time on every stage;"
                    + " give burn_time too, or remove diameter:");
        }
        if (timed > 0 && losses.isPresent()) {
            fields.error("losses", "losses apply to the burnout model; the flight model (burn_time and diameter given)"
                    + " computes gravity and drag losses itself; remove losses:");
        }
    }

    /** A length in m: a bare number is metres (not km, the unit of range), or "<number> <unit>". */
    static Optional<Double> metres(FieldReader fields, String key) {
        Optional<Node> node = fields.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.NUMBER) {
            double value = number(scalar.text());
            if (!(value > 0 && Double.isFinite(value))) {
                fields.error(key, "must be greater than 0 (m), got " + scalar.text());
                return Optional.empty();
            }
            return Optional.of(value);
        }
        // km to m by moving the decimal point, so "0.84 m" is 0.84 m exactly (0.00084 * 1000 is not)
        return fields.quantity(key, false, Dimension.LENGTH, v -> v > 0, "greater than 0")
                .map(q -> new java.math.BigDecimal(Double.toString(q.value())).movePointRight(3).doubleValue());
    }

    /** A YAML/JSON number's value; NaN (then reported as not greater than 0) when Java cannot read it, e.g. .inf. */
    private static double number(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A plain number greater than 0 (a coefficient). */
    static Optional<Double> plainNumber(FieldReader fields, String key) {
        Optional<Node> node = fields.get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.NUMBER) {
            double value = number(scalar.text());
            if (value > 0 && Double.isFinite(value)) {
                return Optional.of(value);
            }
            fields.error(key, "must be greater than 0, got " + scalar.text());
            return Optional.empty();
        }
        fields.error(key, "expected a number (the drag coefficient, no unit), got " + node.get().kindName());
        return Optional.empty();
    }
}
