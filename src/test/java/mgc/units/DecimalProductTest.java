package mgc.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-rounding product must be BigDecimal's, bit for bit, for every unit's factor. */
class DecimalProductTest {

    @Test
    void sameDoubleAsBigDecimalForEveryUnitFactor() {
        Random random = new Random(20261203);
        int compared = 0;
        for (Dimension dimension : Dimension.values()) {
            for (String symbol : dimension.unitSymbols()) {
                BigDecimal factor = dimension.factor(symbol).orElseThrow();
                DecimalProduct product = DecimalProduct.of(factor);
                assertThat(product).as(symbol).isNotNull();
                for (int i = 0; i < 20_000; i++) {
                    // Whole numbers of 1 to 15 digits, evenly by length, and the ends.
                    long whole = i < 4 ? List.of(0L, 1L, 999_999_999_999_999L, 1_000_000L).get(i)
                            : (long) (random.nextDouble() * Math.pow(10, 1 + random.nextInt(15)));
                    assertThat(product.times(whole)).as(whole + " " + symbol)
                            .isEqualTo(BigDecimal.valueOf(whole).multiply(factor).doubleValue());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(250_000);
    }

    @Test
    void sameDoubleAsBigDecimalAtHalfwayCases() {
        // Factors whose products land on or next to a tie between two doubles: 2^53 + 1 and
        // neighbours times small factors, where rounding to even decides.
        Random random = new Random(7);
        for (String text : List.of("1", "3", "5", "0.5", "0.25", "1.5", "0.001", "1000", "4.4482216152605", "0.45359237")) {
            BigDecimal factor = new BigDecimal(text);
            DecimalProduct product = DecimalProduct.of(factor);
            for (long base : List.of(1L << 53, (1L << 54) + 2, (1L << 55) - 1, 9_007_199_254_740_993L, 123_456_789_012_345L)) {
                for (int d = -3; d <= 3; d++) {
                    long whole = base + d;
                    assertThat(product.times(whole)).as(whole + " x " + text)
                            .isEqualTo(BigDecimal.valueOf(whole).multiply(factor).doubleValue());
                }
            }
            for (int i = 0; i < 2_000; i++) {
                long whole = random.nextLong() >>> 2;
                assertThat(product.times(whole)).as(whole + " x " + text)
                        .isEqualTo(BigDecimal.valueOf(whole).multiply(factor).doubleValue());
            }
        }
    }

    @Test
    void factorsItCannotTakeAreLeftToBigDecimal() {
        assertThat(DecimalProduct.of(new BigDecimal("0.00000000000001"))).isNull(); // 14 places
        assertThat(DecimalProduct.of(new BigDecimal("-1"))).isNull();
        assertThat(DecimalProduct.of(BigDecimal.ZERO)).isNull();
    }
}
