package mgc.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantityParserTest {

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
