package mgc.units;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code "<number> <unit>"} or a bare number (taken in the canonical unit). Non-finite,
 * overflowing and malformed numbers are errors, never guessed.
 */
public final class QuantityParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,9})?");
    private static final Pattern WITH_UNIT = Pattern.compile("\\s*(\\S+?)(?:\\s+(\\S+))?\\s*");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:\\.?inf(?:inity)?|\\.?nan)", Pattern.CASE_INSENSITIVE);

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal THOUSANDTH = new BigDecimal("0.001");

    /** Every unit's factor as a {@link DecimalProduct}, by the factor object Dimension hands out. */
    private static final Map<BigDecimal, DecimalProduct> PRODUCTS = products();

    private QuantityParser() {}

    private static Map<BigDecimal, DecimalProduct> products() {
        Map<BigDecimal, DecimalProduct> products = new IdentityHashMap<>();
        for (Dimension dimension : Dimension.values()) {
            for (String symbol : dimension.unitSymbols()) {
                BigDecimal factor = dimension.factor(symbol).orElseThrow();
                DecimalProduct product = DecimalProduct.of(factor);
                if (product != null) {
                    products.put(factor, product);
                }
            }
        }
        return products;
    }

    /** Why a quantity could not be read; the caller adds file, line and field. */
    public static final class QuantityException extends Exception {
        public QuantityException(String message) {
            super(message, null, false, false);
        }
    }

    public static Quantity parse(String text, Dimension dimension) throws QuantityException {
        Quantity simple = parseSimple(text, dimension);
        return simple != null ? simple : parseGeneral(text, dimension);
    }

    /** The full rules, for any spelling; {@link #parse} gives the same result faster for plain numbers. */
    static Quantity parseGeneral(String text, Dimension dimension) throws QuantityException {
        Matcher parts = WITH_UNIT.matcher(text);
        if (!parts.matches()) {
            throw new QuantityException("expected \"<number> <unit>\" (units: " + unitList(dimension) + "), got \"" + text + "\"");
        }
        String number = parts.group(1);
        String symbol = parts.group(2) == null ? dimension.canonicalUnit() : parts.group(2);
        BigDecimal value = parseNumber(number, dimension);
        BigDecimal factor = dimension.factor(symbol).orElseThrow(() -> new QuantityException(
                "unknown unit \"" + symbol + "\" for a " + dimension.name().toLowerCase() + ": use one of " + unitList(dimension)
                        + suggestion(symbol, dimension)));
        double canonical = value.multiply(factor).doubleValue();
        if (Double.isInfinite(canonical)) {
            throw new QuantityException("number " + number + " is too large");
        }
        if (canonical == 0 && value.signum() != 0) {
            throw new QuantityException("number " + number + " is too small to represent");
        }
        return new Quantity(dimension, canonical + 0.0, text.strip());
    }

    /**
     * The common case without regular expressions (and mostly without BigDecimal): a plain whole number of at most
     * 15 digits, optionally followed by one space and a unit. For a factor of 1, 1000 or 0.001
     * the value is the number times or divided by 1000 in one correctly rounded double
     * operation on exact operands, which is the same double the general path's exact decimal
     * product rounds to; for other factors it is that exact product, rounded once (QuantityParserTest
     * holds both equal to the general path). Anything else returns null and
     * takes the general path; batches of millions of systems spend much of their parsing here.
     */
    private static Quantity parseSimple(String text, Dimension dimension) {
        int length = text.length();
        int digits = 0;
        long whole = 0; // at most 15 digits: no overflow, the value Long.parseLong would give
        while (digits < length && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            whole = whole * 10 + (text.charAt(digits) - '0');
            digits++;
        }
        if (digits == 0 || digits > 15) {
            return null;
        }
        if (digits == length) {
            return new Quantity(dimension, (double) whole, text);
        }
        if (text.charAt(digits) != ' ' || digits + 1 == length) {
            return null;
        }
        SimpleUnit unit = SimpleUnit.in(dimension, text, digits + 1);
        if (unit == null) {
            return null;
        }
        if (unit.product() == null) {
            double number = whole;
            return new Quantity(dimension, unit.scale() == 0 ? number : unit.scale() > 0 ? number * 1000.0 : number / 1000.0, text);
        }
        // Any other factor (lbf*s, mi, lb, ...): the general path's exact product, without its
        // regular expressions and number parsing.
        double exact = unit.product().times(whole);
        if (Double.isInfinite(exact) || (exact == 0 && whole != 0)) {
            return null; // the general path words the error
        }
        return new Quantity(dimension, exact + 0.0, text);
    }

    /**
     * A unit symbol as the simple path applies it: a factor of 1 ({@code scale} 0), 1000 (1) or
     * 0.001 (-1), or else the factor's exact {@link DecimalProduct}. Found by comparing the text
     * in place with each of the dimension's few symbols, so reading {@code "800 km"} cuts no
     * substring and looks nothing up in a map.
     */
    private record SimpleUnit(String symbol, int scale, DecimalProduct product) {
        private static final SimpleUnit[][] BY_DIMENSION = byDimension();

        /** The unit spelt from {@code from} to the end of {@code text}, or null for one the simple path does not take. */
        static SimpleUnit in(Dimension dimension, String text, int from) {
            int length = text.length() - from;
            for (SimpleUnit unit : BY_DIMENSION[dimension.ordinal()]) {
                if (unit.symbol.length() == length && text.regionMatches(from, unit.symbol, 0, length)) {
                    return unit;
                }
            }
            return null;
        }

        private static SimpleUnit[][] byDimension() {
            SimpleUnit[][] all = new SimpleUnit[Dimension.values().length][];
            for (Dimension dimension : Dimension.values()) {
                java.util.List<SimpleUnit> units = new java.util.ArrayList<>();
                for (String symbol : dimension.unitSymbols()) {
                    BigDecimal factor = dimension.factor(symbol).orElseThrow();
                    if (factor.compareTo(BigDecimal.ONE) == 0) {
                        units.add(new SimpleUnit(symbol, 0, null));
                    } else if (factor.compareTo(THOUSAND) == 0) {
                        units.add(new SimpleUnit(symbol, 1, null));
                    } else if (factor.compareTo(THOUSANDTH) == 0) {
                        units.add(new SimpleUnit(symbol, -1, null));
                    } else if (PRODUCTS.get(factor) != null) {
                        units.add(new SimpleUnit(symbol, 0, PRODUCTS.get(factor)));
                    }
                    // A factor without an exact product (none today) is left to the general path.
                }
                all[dimension.ordinal()] = units.toArray(SimpleUnit[]::new);
            }
            return all;
        }
    }

    private static BigDecimal parseNumber(String number, Dimension dimension) throws QuantityException {
        if (NON_FINITE.matcher(number).matches()) {
            throw new QuantityException("must be a finite number, got " + number);
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new QuantityException("expected a number then a unit (" + unitList(dimension) + "), got \"" + number + "\"");
        }
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new QuantityException("number " + number + " is out of range");
        }
    }

    private static String unitList(Dimension dimension) {
        return String.join(", ", dimension.unitSymbols());
    }

    private static String suggestion(String symbol, Dimension dimension) {
        Optional<String> near = mgc.spelling.Spelling.nearest(symbol, dimension.unitSymbols());
        return near.map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }
}
