package mgc.units;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Locale-independent number formatting, so output is byte-identical on every machine. */
public final class Numbers {

    private Numbers() {}

    /** Up to three decimals with thousands separators: {@code 1,000}, {@code 800.1}, {@code -0.5}. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String text = format.format(value);
        return text.equals("-0") ? "0" : text;
    }

    /** The shortest exact decimal for a double, for machine-readable output ({@code 800}, {@code 800.1}). */
    public static BigDecimal plain(double value) {
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}
