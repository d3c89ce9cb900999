package mgc.units;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A physical dimension with its canonical unit and the units a user may write. Factors are
 * exact decimals (1 mi = 1.609344 km by definition), so conversion adds no error of its own
 * beyond the final rounding to double.
 */
public enum Dimension {
    LENGTH("km", units("km", "1", "m", "0.001", "mi", "1.609344", "nmi", "1.852")),
    MASS("kg", units("kg", "1", "t", "1000", "lb", "0.45359237")),
    IMPULSE("N*s", units("N*s", "1", "kN*s", "1000", "lbf*s", "4.4482216152605")),
    SPEED("m/s", units("m/s", "1", "km/s", "1000")),
    TIME("s", units("s", "1"));

    private final String canonical;
    private final Map<String, BigDecimal> factors;

    Dimension(String canonical, Map<String, BigDecimal> factors) {
        this.canonical = canonical;
        this.factors = factors;
    }

    /** The unit every value of this dimension is held in after reading. */
    public String canonicalUnit() {
        return canonical;
    }

    /** The units accepted in input, in the order they are listed in messages. */
    public java.util.Set<String> unitSymbols() {
        return factors.keySet();
    }

    /** How many canonical units one {@code symbol} is, exactly. */
    public Optional<BigDecimal> factor(String symbol) {
        return Optional.ofNullable(factors.get(symbol));
    }

    private static Map<String, BigDecimal> units(String... symbolAndFactor) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < symbolAndFactor.length; i += 2) {
            map.put(symbolAndFactor[i], new BigDecimal(symbolAndFactor[i + 1]));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
