package mgc.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Locale-independent number formatting, so output is byte-identical on every machine. */
public final class Numbers {

    /** Whole numbers below this are formatted exactly without DecimalFormat (the common case). */
    private static final double EXACT_LONG_BOUND = 1e15;

    // DecimalFormat is costly to build and not thread-safe: one per thread. Every check message
    // formats numbers, so this sits on the path of every evaluation.
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    });

    private Numbers() {}

    /** Up to three decimals with thousands separators: {@code 1,000}, {@code 800.1}, {@code -0.5}. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_BOUND) {
            return grouped((long) value);
        }
        String text = FORMAT.get().format(value);
        return text.equals("-0") ? "0" : text;
    }

    /** A whole number with thousands separators, as DecimalFormat("#,##0") writes it. */
    static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        int length = digits.length();
        StringBuilder out = new StringBuilder(length + length / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        int lead = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < length; i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** The shortest exact decimal for a double, for machine-readable output ({@code 800}, {@code 800.1}). */
    public static BigDecimal plain(double value) {
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
