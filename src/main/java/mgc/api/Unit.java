package mgc.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The units a {@link Spec} may be given in and a {@link Finding} is reported in, with the symbols
 * spec files use ({@code 800 km}, {@code 2 t}, {@code 4.4e6 N*s}). Conversion is exact: the
 * factors are the definitions (1 mi = 1.609344 km), so a value at a limit stays at the limit.
 *
 * <pre>{@code
 * Spec.ballisticMissile("X").range(497.097, Unit.MI).payload(1100, Unit.LB).build();
 * }</pre>
 */
public enum Unit {
    /** Kilometre, the unit ranges are held and reported in. */
    KM("km", Kind.LENGTH, "1"),
    /** Metre. */
    M("m", Kind.LENGTH, "0.001"),
    /** Statute mile (1.609344 km). */
    MI("mi", Kind.LENGTH, "1.609344"),
    /** Nautical mile (1.852 km). */
    NMI("nmi", Kind.LENGTH, "1.852"),
    /** Kilogram, the unit payloads are held and reported in. */
    KG("kg", Kind.MASS, "1"),
    /** Tonne (1,000 kg). */
    TONNE("t", Kind.MASS, "1000"),
    /** Avoirdupois pound (0.45359237 kg). */
    LB("lb", Kind.MASS, "0.45359237"),
    /** Newton-second, the unit total impulse is held and reported in. */
    NEWTON_SECOND("N*s", Kind.IMPULSE, "1"),
    /** Kilonewton-second. */
    KILONEWTON_SECOND("kN*s", Kind.IMPULSE, "1000"),
    /** Pound-force second (4.4482216152605 N*s). */
    POUND_FORCE_SECOND("lbf*s", Kind.IMPULSE, "4.4482216152605");

    /** What a unit measures. */
    public enum Kind {
        /** Range. */
        LENGTH,
        /** Payload. */
        MASS,
        /** Total impulse. */
        IMPULSE
    }

    private final String symbol;
    private final Kind kind;
    private final BigDecimal factor;

    Unit(String symbol, Kind kind, String factor) {
        this.symbol = symbol;
        this.kind = kind;
        this.factor = new BigDecimal(factor);
    }

    /**
     * The symbol spec files use for this unit.
     *
     * @return e.g. {@code km}, {@code t}, {@code N*s}
     */
    public String symbol() {
        return symbol;
    }

    /**
     * What this unit measures.
     *
     * @return length, mass or impulse
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Converts a value in this unit to another unit of the same kind, exactly as a spec file's
     * value is converted.
     *
     * @param value a value in this unit
     * @param to    a unit of the same kind
     * @return the value in {@code to}
     * @throws IllegalArgumentException when {@code to} measures something else
     */
    public double convert(double value, Unit to) {
        if (to.kind != kind) {
            throw new IllegalArgumentException("cannot convert " + symbol + " to " + to.symbol);
        }
        return to == this ? value : new BigDecimal(Double.toString(value)).multiply(factor).divide(to.factor,
                java.math.MathContext.DECIMAL64).doubleValue();
    }

    /**
     * Converts a value in this unit's kind's canonical unit (km, kg, N*s) to this unit.
     *
     * @param canonical the value in km, kg or N*s
     * @return the value in this unit
     */
    double fromCanonical(double canonical) {
        return factor.compareTo(BigDecimal.ONE) == 0 ? canonical : canonical / factor.doubleValue();
    }

    /**
     * The unit with a symbol as spec files and reports write it.
     *
     * @param symbol e.g. {@code km}
     * @return the unit, or empty when no unit has that symbol
     */
    public static Optional<Unit> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
    }

    /**
     * The symbol, so that {@code value + " " + unit} reads as a spec file would write it.
     *
     * @return {@link #symbol()}
     */
    @Override
    public String toString() {
        return symbol;
    }
}
