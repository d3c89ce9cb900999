package mgc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputError;
import org.junit.jupiter.api.Test;

class IntervalSpecTest {

    private static SpecReader.Result read(String yaml) throws Exception {
        return new SpecReader().read(new DocumentReader().read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML));
    }

    @Test
    void bothSpellingsGiveTheSameIntervalInCanonicalUnits() throws Exception {
        SystemSpec dots = read("name: A\ntype: ballistic-missile\nrange: 780..820 km\npayload: 0.5 t\n").systems().get(0);
        SystemSpec map = read("name: A\ntype: ballistic-missile\nrange: {min: 780 km, max: 820 km}\npayload: 500 kg\n").systems().get(0);
        for (SystemSpec spec : java.util.List.of(dots, map)) {
            assertThat(spec.uncertain()).isTrue();
            assertThat(spec.range()).isEmpty();
            assertThat(spec.interval("range").orElseThrow().min().value()).isEqualTo(780);
            assertThat(spec.interval("range").orElseThrow().max().value()).isEqualTo(820);
            assertThat(spec.payload().orElseThrow().value()).isEqualTo(500);
            assertThat(spec.interval("payload")).isEmpty();
        }
        SystemSpec miles = read("name: A\ntype: ballistic-missile\nrange: 100..200 mi\npayload: 400 kg..0.5 t\n").systems().get(0);
        assertThat(miles.interval("range").orElseThrow().min().value()).isCloseTo(160.9344, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(miles.interval("payload").orElseThrow().max().value()).isEqualTo(500);
        assertThat(read("name: A\ntype: ballistic-missile\nrange: 800 km\npayload: 500 kg\n").systems().get(0).uncertain()).isFalse();
    }

    @Test
    void minAboveMaxIsAnErrorAtTheField() throws Exception {
        SpecReader.Result result = read("name: A\ntype: ballistic-missile\nrange: 820..780 km\npayload: 500 kg\n---\n"
                + "name: B\ntype: ballistic-missile\npayload: {min: 600 kg, max: 500 kg}\nrange: 300 km\n---\n"
                + "name: C\ntype: ballistic-missile\nrange: 780..820 km\npayload: 500 kg\n");
        assertThat(result.systems()).extracting(SystemSpec::name).containsExactly("C");
        assertThat(result.errors()).extracting(InputError::describe).containsExactly(
                "s.yaml:3:8: range: an interval's min must not exceed its max, got min 820 km and max 780 km",
                "s.yaml:8:10: payload: an interval's min must not exceed its max, got min 600 kg and max 500 kg");
    }

    @Test
    void eachEndIsValidatedLikeAValue() throws Exception {
        assertThat(read("name: A\ntype: ballistic-missile\nrange: 0..820 km\npayload: 500 kg\n").errors())
                .extracting(InputError::describe).containsExactly("s.yaml:3:8: range: both ends must be greater than 0, got 0..820 km");
        assertThat(read("name: A\ntype: ballistic-missile\nrange: {min: 780 km, max: 8x0 km}\npayload: 500 kg\n").errors())
                .extracting(InputError::field).containsExactly("range.max");
        assertThat(read("name: A\ntype: ballistic-missile\nrange: {min: 1, max: 2, mid: 1.5}\npayload: 500 kg\n").errors())
                .extracting(InputError::field).containsExactly("range.mid");
    }
}
