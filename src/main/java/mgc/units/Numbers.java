package mgc.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Locale-independent number formatting, so output is byte-identical on every machine. */
public final class Numbers {

    /**
     * Numbers below this are formatted exactly without DecimalFormat: all but the huge. Its first
     * use costs a run about 10-30 ms (DecimalFormatSymbols starts the JDK's locale providers), a
     * tenth of a check's start-up (docs/performance.md).
     */
    private static final double EXACT_BOUND = 1e15;

    // DecimalFormat is costly to build and not thread-safe: one per thread, built only for a
    // number of 1e15 or more.
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(() -> {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    });

    private Numbers() {}

    /**
     * Up to three decimals with thousands separators: {@code 1,000}, {@code 800.1}, {@code -0.5}:
     * what DecimalFormat("#,##0.###") writes in the ROOT locale with HALF_EVEN rounding, which
     * rounds the double's exact binary value (NumbersTest holds the two equal).
     */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (Math.abs(value) >= EXACT_BOUND) {
            String text = FORMAT.get().format(value);
            return text.equals("-0") ? "0" : text;
        }
        if (value == Math.rint(value)) {
            return grouped((long) value);
        }
        long thousandths = thousandths(value);
        if (thousandths == 0) {
            return "0";
        }
        long fraction = Math.abs(thousandths % 1000);
        String whole = grouped(thousandths / 1000);
        if (thousandths < 0 && thousandths > -1000) {
            whole = "-0";
        }
        if (fraction == 0) {
            return whole;
        }
        String digits = Long.toString(1000 + fraction).substring(1);
        int end = digits.length();
        while (digits.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + digits.substring(0, end);
    }

    /**
     * The value in thousandths as DecimalFormat rounds it: it rounds the digits of
     * {@link Double#toString} half-even, and where those digits are a tie it rounds by the exact
     * binary value (a tie in the digits may be a little above or below it).
     */
    private static long thousandths(double value) {
        BigDecimal digits = new BigDecimal(Double.toString(value)).movePointRight(3);
        if (digits.scale() <= 0) {
            return digits.longValueExact();
        }
        BigDecimal whole = digits.setScale(0, RoundingMode.DOWN);
        if (digits.subtract(whole).abs().compareTo(HALF) == 0) {
            int side = new BigDecimal(value).movePointRight(3).abs().compareTo(digits.abs());
            RoundingMode mode = side == 0 ? RoundingMode.HALF_EVEN : side > 0 ? RoundingMode.UP : RoundingMode.DOWN;
            return digits.setScale(0, mode).longValueExact();
        }
        return digits.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

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
