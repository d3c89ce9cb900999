package mgc.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

    @ParameterizedTest(name = "{0} is {2} {1}")
    @CsvSource({
            "800 km, LENGTH, 800",
            "800, LENGTH, 800",
            "800000 m, LENGTH, 800",
            "1 mi, LENGTH, 1.609344",
            "1 nmi, LENGTH, 1.852",
            "500 kg, MASS, 500",
            "2 t, MASS, 2000",
            "1 lb, MASS, 0.45359237",
            "1000000 lbf*s, IMPULSE, 4448221.6152605",
            "4.4e6 N*s, IMPULSE, 4400000",
            "4.4 kN*s, IMPULSE, 4400",
            "'  1.5e3   km  ', LENGTH, 1500"})
    void convertsWithExactFactorsToTheCanonicalUnit(String text, Dimension dimension, double expected) throws Exception {
        assertThat(QuantityParser.parse(text, dimension).value()).isEqualTo(expected);
    }

    @Test
    void keepsWhatTheUserWrote() throws Exception {
        Quantity quantity = QuantityParser.parse("497 mi", Dimension.LENGTH);

        assertThat(quantity.written()).isEqualTo("497 mi");
        assertThat(quantity.display()).isEqualTo("799.844 km");
    }

    @Test
    void exactConversionKeepsTheBoundaryOnTheRightSide() throws Exception {
        // 800 km is exactly 431.965442764578833693... nmi; the double of the product must not land above 800.
        double km = QuantityParser.parse("431.9654427645788", Dimension.LENGTH).value();
        assertThat(QuantityParser.parse("431.9654427645788 nmi", Dimension.LENGTH).value()).isLessThanOrEqualTo(800);
        assertThat(km).isLessThan(800);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", ".nan", "inf", "-Infinity", ".inf"})
    void refusesNonFiniteNumbers(String text) {
        assertThatThrownBy(() -> QuantityParser.parse(text + " km", Dimension.LENGTH))
                .hasMessageContaining("finite number");
    }

    @Test
    void refusesOverflowAndUnderflow() {
        assertThatThrownBy(() -> QuantityParser.parse("1e999 km", Dimension.LENGTH)).hasMessageContaining("too large");
        assertThatThrownBy(() -> QuantityParser.parse("1e-999 km", Dimension.LENGTH)).hasMessageContaining("too small");
    }

    @Test
    void refusesUnknownUnitsWithAHint() {
        assertThatThrownBy(() -> QuantityParser.parse("800 kms", Dimension.LENGTH))
                .hasMessageContaining("unknown unit \"kms\"").hasMessageContaining("did you mean \"km\"");
        assertThatThrownBy(() -> QuantityParser.parse("500 km", Dimension.MASS))
                .hasMessageContaining("unknown unit \"km\" for a mass");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "km", "eight hundred km", "800 km extra", "0x10 km", "1,000 kg"})
    void refusesMalformedText(String text) {
        assertThatThrownBy(() -> QuantityParser.parse(text, Dimension.LENGTH)).isInstanceOf(QuantityParser.QuantityException.class);
    }

    @Test
    void formatsWithoutLocaleSurprises() {
        assertThat(Numbers.format(1000)).isEqualTo("1,000");
        assertThat(Numbers.format(800.1)).isEqualTo("800.1");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.plain(800.0).toPlainString()).isEqualTo("800");
        assertThat(Numbers.plain(4448221.6152605).toPlainString()).isEqualTo("4448221.6152605");
    }

    @Test
    void plainWholeNumbersInTheCanonicalUnitTakeTheFastPathWithTheSameResult() throws Exception {
        Random random = new Random(11);
        String[] units = {"", " km", " m", " mi", " nmi"};
        for (int i = 0; i < 20_000; i++) {
            String number = String.valueOf(random.nextInt(5) == 0 ? random.nextLong() & 0xFFFFFFFFFFFFL : random.nextInt(100_000));
            String text = number + units[random.nextInt(units.length)];
            Quantity parsed = QuantityParser.parse(text, Dimension.LENGTH);
            Quantity general = QuantityParser.parseGeneral(text, Dimension.LENGTH);
            assertThat(parsed).as(text).isEqualTo(general);
        }
        String[] massUnits = {"", " kg", " t", " lb"};
        for (int i = 0; i < 20_000; i++) {
            String number = String.valueOf(random.nextInt(3) == 0 ? random.nextLong() % 1_000_000_000_000_000L & Long.MAX_VALUE
                    : random.nextInt(10_000_000));
            String text = number + massUnits[random.nextInt(massUnits.length)];
            assertThat(QuantityParser.parse(text, Dimension.MASS)).as(text).isEqualTo(QuantityParser.parseGeneral(text, Dimension.MASS));
        }
    }

    @Test
    void wholeNumbersInEveryUnitOfEveryDimensionTakeTheFastPathWithTheSameResult() throws Exception {
        Random random = new Random(29);
        for (Dimension dimension : Dimension.values()) {
            for (String symbol : dimension.unitSymbols()) {
                for (int i = 0; i < 2_000; i++) {
                    long number = random.nextInt(4) == 0 ? random.nextLong() % 1_000_000_000_000_000L & Long.MAX_VALUE
                            : random.nextInt(3_000_000);
                    String text = number + " " + symbol;
                    assertThat(QuantityParser.parse(text, dimension)).as(text)
                            .isEqualTo(QuantityParser.parseGeneral(text, dimension));
                }
            }
        }
    }

    @Test
    void unusualSpellingsStillGoThroughTheGeneralRules() throws Exception {
        assertThat(QuantityParser.parse("007 km", Dimension.LENGTH).value()).isEqualTo(7.0);
        assertThat(QuantityParser.parse(" 800 km ", Dimension.LENGTH)).isEqualTo(QuantityParser.parseGeneral(" 800 km ", Dimension.LENGTH));
        assertThat(QuantityParser.parse("800  km", Dimension.LENGTH).value()).isEqualTo(800.0);
        assertThat(QuantityParser.parse("2 t", Dimension.MASS).value()).isEqualTo(2000.0);
        assertThat(QuantityParser.parse("1234567890123456 km", Dimension.LENGTH).value()).isEqualTo(1234567890123456.0);
        assertThatThrownBy(() -> QuantityParser.parse("800 kmh", Dimension.LENGTH))
                .hasMessageContaining("unknown unit \"kmh\"");
        assertThat(QuantityParser.parse("800 ", Dimension.LENGTH)).isEqualTo(QuantityParser.parseGeneral("800 ", Dimension.LENGTH));
        assertThatThrownBy(() -> QuantityParser.parse("inf km", Dimension.LENGTH)).hasMessageContaining("finite");
    }
}
