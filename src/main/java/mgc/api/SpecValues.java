package mgc.api;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import mgc.units.Quantity;

/**
 * Values between the API's (number, {@link Unit}) pairs and a spec file's text, checked for the
 * kind of unit a field takes. Built values are written as a spec file would write them so that
 * the spec reader converts them, with exactly a spec file's rounding.
 */
final class SpecValues {

    private SpecValues() {
    }

    /** The value with its unit as a spec file would write it, e.g. {@code 800 km}. */
    static String quantity(double value, Unit unit, Unit.Kind kind) {
        requireKind(unit, kind);
        return number(value) + " " + unit.symbol();
    }

    /** The value as a spec file would write it: exact decimal digits, no exponent. */
    static String number(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : Double.toString(value);
    }

    /** A read quantity (canonical units) in the unit asked for, or empty when not declared. */
    static OptionalDouble in(Optional<Quantity> quantity, Unit unit, Unit.Kind kind) {
        requireKind(unit, kind);
        return quantity.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(unit.fromCanonical(quantity.get().value()));
    }

    private static void requireKind(Unit unit, Unit.Kind kind) {
        if (unit.kind() != kind) {
            throw new IllegalArgumentException(unit.symbol() + " is a unit of " + unit.kind().name().toLowerCase()
                    + ", not " + kind.name().toLowerCase());
        }
    }
}
