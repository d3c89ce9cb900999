package mgc.units;

import java.math.BigDecimal;

/**
 * A whole number times an exact decimal factor, rounded once to the nearest double (ties to even):
 * the same double as {@code BigDecimal.valueOf(whole).multiply(factor).doubleValue()}, without
 * BigDecimal's detour through a decimal string (which made {@code "1362524 lbf*s"} the costliest
 * field of a batch line). The exact product {@code whole * unscaled} is held in 128 bits and
 * divided by {@code 10^scale} as {@code 2^scale * 5^scale}: the power of 5 by long division in
 * 32-bit digits, the power of 2 in the exponent. DecimalProductTest holds it equal to BigDecimal.
 */
final class DecimalProduct {

    /** 5^13 < 2^31, so each step of the long division fits in a long. */
    private static final int MAX_SCALE = 13;
    private static final long MASK32 = 0xFFFF_FFFFL;

    private final long unscaled;
    private final int scale;
    private final long fivePower;

    private DecimalProduct(long unscaled, int scale) {
        this.unscaled = unscaled;
        this.scale = scale;
        long power = 1;
        for (int i = 0; i < scale; i++) {
            power *= 5;
        }
        this.fivePower = power;
    }

    /** The product for {@code factor}, or null when it is not a positive decimal of at most 13 places and 62 bits. */
    static DecimalProduct of(BigDecimal factor) {
        BigDecimal exact = factor.stripTrailingZeros();
        int scale = Math.max(0, exact.scale());
        java.math.BigInteger unscaled = exact.movePointRight(scale).toBigIntegerExact();
        if (exact.signum() <= 0 || scale > MAX_SCALE || unscaled.bitLength() > 62) {
            return null;
        }
        return new DecimalProduct(unscaled.longValueExact(), scale);
    }

    /** {@code whole * factor} rounded to the nearest double, for 0 <= whole < 2^62. */
    double times(long whole) {
        if (whole < 0) {
            throw new IllegalArgumentException("negative: " + whole);
        }
        // The exact product, 128 bits.
        long hi = Math.multiplyHigh(whole, unscaled);
        long lo = whole * unscaled;
        if (hi == 0 && lo == 0) {
            return 0.0;
        }
        // Shift left so that the quotient by 5^scale (< 2^31) has at least 55 bits: 53 kept, a
        // guard bit and one more, the rest of the remainder going into the sticky bit.
        int bits = hi != 0 ? 128 - Long.numberOfLeadingZeros(hi) : 64 - Long.numberOfLeadingZeros(lo);
        int shift = Math.max(0, 87 - bits);
        if (shift >= 64) {
            hi = lo << (shift - 64);
            lo = 0;
        } else if (shift > 0) {
            hi = (hi << shift) | (lo >>> (64 - shift));
            lo <<= shift;
        }
        // Long division by 5^scale, 32 bits at a time from the top.
        long[] digits = {hi >>> 32, hi & MASK32, lo >>> 32, lo & MASK32};
        long remainder = 0;
        for (int i = 0; i < 4; i++) {
            long current = (remainder << 32) | digits[i];
            digits[i] = current / fivePower;
            remainder = current % fivePower;
        }
        long qHi = (digits[0] << 32) | digits[1];
        long qLo = (digits[2] << 32) | digits[3];
        boolean sticky = remainder != 0;
        // Round the quotient (56 to 124 bits) to 53 bits.
        int qBits = qHi != 0 ? 128 - Long.numberOfLeadingZeros(qHi) : 64 - Long.numberOfLeadingZeros(qLo);
        int drop = qBits - 53;
        long mantissa = drop >= 64 ? qHi >>> (drop - 64) : (qLo >>> drop) | (qHi << (64 - drop));
        boolean guard = bit(qHi, qLo, drop - 1);
        sticky |= anyBelow(qHi, qLo, drop - 1);
        if (guard && (sticky || (mantissa & 1) != 0)) {
            mantissa++;
            if (mantissa == 1L << 53) {
                mantissa >>>= 1;
                drop++;
            }
        }
        return Math.scalb((double) mantissa, drop - shift - scale);
    }

    private static boolean bit(long hi, long lo, int i) {
        return (i < 64 ? (lo >>> i) : (hi >>> (i - 64))) % 2 != 0;
    }

    /** Whether any of the lowest {@code n} bits (n < 128) is set. */
    private static boolean anyBelow(long hi, long lo, int n) {
        if (n < 64) {
            return (lo & ((1L << n) - 1)) != 0;
        }
        return lo != 0 || (hi & ((1L << (n - 64)) - 1)) != 0;
    }
}
