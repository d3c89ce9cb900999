package mgc.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import mgc.document.InputError;
import mgc.document.InputException;

/**
 * One axis of a sweep grid, {@code MIN:MAX:STEP} in a canonical unit (km, kg): the values
 * MIN, MIN+STEP, ... up to MAX inclusive. Values are computed in exact decimals, so a step of
 * 0.1 lands on 0.3 and not on 0.30000000000000004.
 */
public record Axis(String option, String unit, BigDecimal min, BigDecimal max, BigDecimal step, int count) {

    /** Reads {@code MIN:MAX:STEP}; errors name the option (e.g. {@code --range}). */
    public static Axis parse(String option, String unit, String text) throws InputException {
        String[] parts = text.split(":", -1);
        if (parts.length != 3) {
            throw error(option, "expected MIN:MAX:STEP in " + unit + " (e.g. 0:2000:10), got \"" + text + "\"");
        }
        BigDecimal min = number(option, "MIN", parts[0]);
        BigDecimal max = number(option, "MAX", parts[1]);
        BigDecimal step = number(option, "STEP", parts[2]);
        if (min.signum() < 0) {
            throw error(option, "MIN must be 0 or more, got " + parts[0]);
        }
        if (max.compareTo(min) < 0) {
            throw error(option, "MAX must be at least MIN, got " + parts[1] + " < " + parts[0]);
        }
        if (step.signum() <= 0) {
            throw error(option, "STEP must be greater than 0, got " + parts[2]);
        }
        BigDecimal steps = max.subtract(min).divide(step, 0, RoundingMode.FLOOR);
        if (steps.compareTo(BigDecimal.valueOf(Sweep.MAX_POINTS)) >= 0) {
            throw error(option, "more than " + Sweep.MAX_POINTS + " values; use a larger STEP");
        }
        return new Axis(option, unit, min, max, step, steps.intValueExact() + 1);
    }

    /** The i-th value, 0-based, in the axis unit. */
    public double valueAt(int index) {
        return decimalAt(index).doubleValue();
    }

    /** The i-th value exactly, as written in output ({@code 800}, {@code 0.3}). */
    public BigDecimal decimalAt(int index) {
        return plain(min.add(step.multiply(BigDecimal.valueOf(index))));
    }

    /** A decimal without trailing zeros or exponent: {@code 2000}, not {@code 2E+3} or {@code 2000.0}. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal number(String option, String part, String text) throws InputException {
        String trimmed = text.strip();
        if (!trimmed.matches("[0-9]+(\\.[0-9]+)?|\\.[0-9]+")) {
            throw error(option, part + " must be a plain number, got \"" + text + "\"");
        }
        return new BigDecimal(trimmed);
    }

    private static InputException error(String option, String message) {
        return new InputException(new InputError(option, 0, 0, option, message));
    }
}
