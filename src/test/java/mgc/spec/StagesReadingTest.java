package mgc.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputError;
import org.junit.jupiter.api.Test;

/** Reading stages: and losses: in a spec, with every bad value reported at its place. */
class StagesReadingTest {

    private static SpecReader.Result read(String yaml) throws Exception {
        return new SpecReader().read(new DocumentReader().read("s.yaml", yaml.getBytes(StandardCharsets.UTF_8), Format.YAML));
    }

    private static List<String> errors(String yaml) throws Exception {
        return read(yaml).errors().stream().map(InputError::describe).toList();
    }

    private static final String HEAD = "name: X\ntype: ballistic-missile\nrange: 500 km\npayload: 1000 kg\n";

    @Test
    void readsStagesFirstStageFirstInCanonicalUnits() throws Exception {
        SpecReader.Result result = read(HEAD + """
                stages:
                  - gross_mass: 16 t
                    propellant_mass: 12500 kg
                    isp: 255 s
                  - {gross_mass: 3000, propellant_mass: 2300 kg, isp: 270}
                losses: 0.5 km/s
                """);
        assertThat(result.errors()).isEmpty();
        Staging staging = result.systems().get(0).staging().orElseThrow();
        assertThat(staging.stages()).hasSize(2);
        assertThat(staging.stages().get(0).grossMass().value()).isEqualTo(16000);
        assertThat(staging.stages().get(0).propellantMass().value()).isEqualTo(12500);
        assertThat(staging.stages().get(1).isp().value()).isEqualTo(270);
        assertThat(staging.losses().orElseThrow().value()).isEqualTo(500);
    }

    @Test
    void withoutStagesASpecIsReadAsBefore() throws Exception {
        SpecReader.Result result = read(HEAD);
        assertThat(result.errors()).isEmpty();
        assertThat(result.systems().get(0).staging()).isEmpty();
    }

    @Test
    void lossesAreOptional() throws Exception {
        SpecReader.Result result = read(HEAD + "stages:\n  - {gross_mass: 1000 kg, propellant_mass: 800 kg, isp: 250 s}\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.systems().get(0).staging().orElseThrow().losses()).isEmpty();
    }

    @Test
    void everyBadStageValueIsReportedWithFileLineColumnAndPath() throws Exception {
        assertThat(errors(HEAD + """
                stages:
                  - gross_mass: 5000 kg
                    propellant_mass: 5200 kg
                    isp: 250 s
                  - gross_mass: 1600 kg
                    propellant_mass: 960 kg
                    isp: -3 s
                  - gross_mass: 0 kg
                    propelant_mass: 1 kg
                    isp: 250 m/s
                losses: -1 m/s
                """)).containsExactly(
                "s.yaml:7:22: stages[0].propellant_mass: must be less than gross_mass (5,000 kg), as the stage's structure has mass too; got 5,200 kg",
                "s.yaml:11:10: stages[1].isp: must be greater than 0, got -3 s",
                "s.yaml:12:17: stages[2].gross_mass: must be greater than 0, got 0 kg",
                "s.yaml:13:5: stages[2].propelant_mass: unknown field (did you mean \"propellant_mass\"?); known fields: gross_mass, propellant_mass, isp, burn_time, vacuum_isp",
                "s.yaml:14:10: stages[2].isp: unknown unit \"m/s\" for a time: use one of s (did you mean \"s\"?)",
                "s.yaml:15:9: losses: must be 0 or more, got -1 m/s");
    }

    @Test
    void propellantEqualToGrossMassIsRefused() throws Exception {
        assertThat(errors(HEAD + "stages:\n  - {gross_mass: 1 t, propellant_mass: 1000 kg, isp: 250 s}\n"))
                .singleElement().asString().startsWith("s.yaml:6:40: stages[0].propellant_mass: must be less than gross_mass");
    }

    @Test
    void stagesMustBeANonEmptyListOfMappings() throws Exception {
        assertThat(errors(HEAD + "stages: []\n")).containsExactly("s.yaml:5:9: stages: expected at least one stage");
        assertThat(errors(HEAD + "stages: {gross_mass: 1 t}\n")).containsExactly("s.yaml:5:9: stages: expected a list, got a mapping");
        assertThat(errors(HEAD + "stages: [3]\n")).containsExactly("s.yaml:5:10: stages[0]: expected a mapping of fields, got a number");
    }

    @Test
    void lossesWithoutStagesAreAnErrorNotIgnored() throws Exception {
        assertThat(errors(HEAD + "losses: 300 m/s\n"))
                .containsExactly("s.yaml:5:9: losses: losses apply to stages; give stages: too, or remove losses:");
    }

    @Test
    void stagesOnASystemThatDoesNotFlyBallisticAreRefused() throws Exception {
        assertThat(errors("name: C\ntype: cruise-missile\nrange: 500 km\npayload: 100 kg\n"
                + "stages:\n  - {gross_mass: 1000 kg, propellant_mass: 800 kg, isp: 250 s}\n"))
                .singleElement().asString().startsWith("s.yaml:6:3: stages: stages describe a rocket");
    }

    @Test
    void aBadSystemDoesNotStopTheNextOne() throws Exception {
        SpecReader.Result result = read(HEAD + "stages: []\n---\n" + HEAD);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.systems()).hasSize(1);
    }
}
