package mgc.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumbersTest {

    /** The definition the fast path must match: DecimalFormat("#,##0.###"), HALF_EVEN, ROOT locale. */
    private static String reference(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String text = format.format(value);
        return text.equals("-0") ? "0" : text;
    }

    @Test
    void formatsWithGroupingAndUpToThreeDecimals() {
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(999)).isEqualTo("999");
        assertThat(Numbers.format(1000)).isEqualTo("1,000");
        assertThat(Numbers.format(-1234567)).isEqualTo("-1,234,567");
        assertThat(Numbers.format(800.1)).isEqualTo("800.1");
        assertThat(Numbers.format(4448221.6152605)).isEqualTo("4,448,221.615");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void fastPathMatchesDecimalFormatOnSeededValues() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextInt(2_000_000) - 1_000_000;
                case 1 -> (double) (random.nextLong() % 1_000_000_000_000_000L);
                case 2 -> random.nextInt(100_000) / 8.0;
                default -> random.nextDouble() * 1e7 - 5e6;
            };
            assertThat(Numbers.format(value)).as("value %s", value).isEqualTo(reference(value));
        }
        for (int i = 0; i < 200_000; i++) {
            // fractions of every size, ties in thousandths (k/16, x.xxx5), and near-zero negatives
            double value = switch (i % 6) {
                case 0 -> random.nextDouble() * 1000 - 500;
                case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16));
                case 2 -> (random.nextInt(2_000_000) - 1_000_000) / 16.0;
                case 3 -> (random.nextInt(2_000_000) - 1_000_000) / 1000.0 + 0.0005;
                case 4 -> -random.nextDouble() / 1000;
                default -> Double.longBitsToDouble(random.nextLong()) % 1e15;
            };
            assertThat(Numbers.format(value)).as("value %s", value).isEqualTo(reference(value));
        }
        for (double edge : new double[] {1e15 - 1, 1e15, -1e15 + 1, 9.999e14, 0.0005, 0.0015, 2.5e-4, -0.0005,
                -0.0015, -0.9995, 999.9995, 999_999.9996, -999_999.9996, 0.1, -0.1, 1e15 - 0.5, -1e15 + 0.5,
                4.9e-324, -4.9e-324}) {
            assertThat(Numbers.format(edge)).as("value %s", edge).isEqualTo(reference(edge));
        }
    }
}
