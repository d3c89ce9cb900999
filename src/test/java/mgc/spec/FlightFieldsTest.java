package mgc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import org.junit.jupiter.api.Test;

/** The flight model's spec fields: burn_time per stage, diameter and drag_coefficient per system. */
class FlightFieldsTest {

    private static final String HEAD = "name: S\ntype: ballistic-missile\nrange: 300\npayload: 985\n";
    private static final String STAGE = "stages:\n  - gross_mass: 4873\n    propellant_mass: 3771\n    isp: 226\n";

    private static SpecReader.Result read(String yaml) throws Exception {
        return new SpecReader().read(new DocumentReader().read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), mgc.document.Format.YAML));
    }

    private static List<String> errors(String yaml) throws Exception {
        return read(yaml).errors().stream().map(InputError::describe).toList();
    }

    @Test
    void readsTheFlightFieldsInMetresAndSeconds() throws Exception {
        Staging staging = read(HEAD + "diameter: 0.88\ndrag_coefficient: 0.2\n" + STAGE + "    burn_time: 62 s\n")
                .systems().get(0).staging().orElseThrow();
        assertThat(staging.diameterM()).contains(0.88);
        assertThat(staging.dragCoefficient()).contains(0.2);
        assertThat(staging.stages().get(0).burnTime().orElseThrow().value()).isEqualTo(62);
        assertThat(staging.flightModel()).isTrue();
        assertThat(read(HEAD + "diameter: 880 mm\n" + STAGE + "    burn_time: 62\n").errors()).isNotEmpty();
        assertThat(read(HEAD + "diameter: 0.00088 km\n" + STAGE + "    burn_time: 62\n").systems().get(0).staging()
                .orElseThrow().diameterM().orElseThrow()).isCloseTo(0.88, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void withoutThemTheBurnoutModelStays() throws Exception {
        Staging staging = read(HEAD + STAGE).systems().get(0).staging().orElseThrow();
        assertThat(staging.flightModel()).isFalse();
        assertThat(staging.diameterM()).isEqualTo(Optional.empty());
    }

    @Test
    void badOrHalfGivenFlightFieldsAreErrorsWithTheirPlace() throws Exception {
        assertThat(errors(HEAD + "diameter: 0\n" + STAGE + "    burn_time: 62\n"))
                .containsExactly("s.yaml:5:11: diameter: must be greater than 0 (m), got 0");
        assertThat(errors(HEAD + "diameter: 0.88\n" + STAGE + "    burn_time: -1 s\n"))
                .containsExactly("s.yaml:10:16: stages[0].burn_time: must be greater than 0, got -1 s");
        assertThat(errors(HEAD + "diameter: 0.88\ndrag_coefficient: fast\n" + STAGE + "    burn_time: 62\n"))
                .containsExactly("s.yaml:6:19: drag_coefficient: expected a number (the drag coefficient, no unit), got a string");
        assertThat(errors(HEAD + STAGE + "    burn_time: 62\n")).singleElement().asString()
                .contains("stages: the stages have burn_time but the system has no diameter:");
        assertThat(errors(HEAD + "diameter: 0.88\n" + STAGE)).singleElement().asString()
                .startsWith("s.yaml:5:11: diameter: diameter is for the flight model");
        assertThat(errors(HEAD + "diameter: 0.88\nlosses: 500\n" + STAGE + "    burn_time: 62\n")).singleElement().asString()
                .startsWith("s.yaml:6:9: losses: losses apply to the burnout model");
        assertThat(errors(HEAD + "drag_coefficient: 0.2\n" + STAGE)).singleElement().asString()
                .contains("drag_coefficient needs diameter:");
        assertThat(errors(HEAD + "diameter: 0.88\n")).singleElement().asString()
                .contains("diameter applies to stages");
        assertThat(errors(HEAD + "diameter: 0.88\n" + STAGE + "    burn_time: 62\n    vacuum_isp: 200 s\n")).singleElement().asString()
                .startsWith("s.yaml:11:17: stages[0].vacuum_isp: must be at least isp (226 s)");
        assertThat(errors(HEAD + STAGE + "    vacuum_isp: 250 s\n")).singleElement().asString()
                .contains("vacuum_isp is for the flight model");
        assertThat(read(HEAD + "diameter: 0.88\n" + STAGE + "    burn_time: 62\n    vacuum_isp: 250 s\n").systems().get(0)
                .staging().orElseThrow().stages().get(0).vacuumIsp().orElseThrow().value()).isEqualTo(250);
        String two = STAGE + "    burn_time: 62\n  - gross_mass: 1000\n    propellant_mass: 800\n    isp: 280\n";
        assertThat(errors(HEAD + "diameter: 0.88\n" + two)).singleElement().asString()
                .contains("burn_time is given on 1 of 2 stages");
    }
}
