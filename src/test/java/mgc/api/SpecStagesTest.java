package mgc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import mgc.spec.Staging;
import org.junit.jupiter.api.Test;

/** Stages and the flight-model fields given to Spec's builder read exactly as a spec file's. */
class SpecStagesTest {

    private static final String SCUD_FILE = """
            name: Scud-B
            type: ballistic-missile
            range: 300 km
            payload: 985 kg
            diameter: 0.84 m
            drag_coefficient: 0.2
            stages:
              - {gross_mass: 4897 kg, propellant_mass: 3699 kg, isp: 230 s, burn_time: 75 s, vacuum_isp: 250 s}
            """;

    @Test
    void aBuiltStagedSpecHasTheStagingOfTheSameSpecFile() {
        // the diameter goes through its unit like every other length
        Spec inKm = Spec.ballisticMissile("Scud-B").range(300, Unit.KM).payload(985, Unit.KG)
                .stage(Stage.of(4897, 3699, Unit.KG, 230).burnTime(75)).diameter(0.00084, Unit.KM).build();
        assertThat(inKm.model().staging().orElseThrow().diameterM().orElseThrow()).isCloseTo(0.84, within(1e-12));

        Spec scud = Spec.ballisticMissile("Scud-B").range(300, Unit.KM).payload(985, Unit.KG)
                .stage(Stage.of(4897, 3699, Unit.KG, 230).burnTime(75).vacuumIsp(250))
                .diameter(0.84, Unit.M).dragCoefficient(0.2).build();
        Staging staging = scud.model().staging().orElseThrow();
        Staging fromFile = Spec.parse(SCUD_FILE).model().staging().orElseThrow();
        assertThat(staging.flightModel()).isTrue();
        assertThat(staging.diameterM()).isEqualTo(fromFile.diameterM()).hasValue(0.84);
        assertThat(staging.dragCoefficient()).isEqualTo(fromFile.dragCoefficient()).hasValue(0.2);
        var stage = staging.stages().get(0);
        var stageFromFile = fromFile.stages().get(0);
        assertThat(stage.grossMass().value()).isEqualTo(stageFromFile.grossMass().value()).isEqualTo(4897);
        assertThat(stage.propellantMass().value()).isEqualTo(stageFromFile.propellantMass().value()).isEqualTo(3699);
        assertThat(stage.isp().value()).isEqualTo(230);
        assertThat(stage.burnTime().orElseThrow().value()).isEqualTo(75);
        assertThat(stage.vacuumIsp().orElseThrow().value()).isEqualTo(250);
    }

    @Test
    void stagesInPoundsAndBurnoutLossesConvertAsInAFile() {
        Spec built = Spec.spaceLaunchVehicle("SLV").propellant(Spec.Propellant.SOLID)
                .stage(Stage.of(13_227.736, 8_818.49, Unit.LB, 250)).stage(Stage.of(1600, 960, Unit.KG, 265))
                .losses(500).build();
        Staging staging = built.model().staging().orElseThrow();
        Staging fromFile = Spec.parse("name: SLV\ntype: space-launch-vehicle\npropellant: solid\nlosses: 500 m/s\nstages:\n"
                + "  - {gross_mass: 13227.736 lb, propellant_mass: 8818.49 lb, isp: 250 s}\n"
                + "  - {gross_mass: 1600 kg, propellant_mass: 960 kg, isp: 265 s}\n").model().staging().orElseThrow();
        assertThat(staging.stages()).hasSize(2);
        assertThat(staging.stages().get(0).grossMass().value()).isEqualTo(fromFile.stages().get(0).grossMass().value());
        assertThat(staging.losses().orElseThrow().value()).isEqualTo(fromFile.losses().orElseThrow().value()).isEqualTo(500);
        assertThat(staging.flightModel()).isFalse();
    }

    @Test
    void aBadStageIsReportedByItsPathAsInAFile() {
        assertThatThrownBy(() -> Spec.ballisticMissile("X").range(300, Unit.KM).payload(985, Unit.KG)
                .stage(Stage.of(4897, 3699, Unit.KG, 230)).stage(Stage.of(1000, 1200, Unit.KG, 250)).build())
                .isInstanceOf(MgcException.class)
                .hasMessageContaining("Spec \"X\": stages[1].propellant_mass: must be less than gross_mass");
        assertThatThrownBy(() -> Spec.ballisticMissile("X").range(300, Unit.KM).payload(985, Unit.KG)
                .stage(Stage.of(4897, 3699, Unit.KG, 230).burnTime(75)).build())
                .isInstanceOf(MgcException.class).hasMessageContaining("no diameter");
        assertThatThrownBy(() -> Spec.cruiseMissile("C").range(300, Unit.KM).payload(500, Unit.KG)
                .stage(Stage.of(4897, 3699, Unit.KG, 230)).build())
                .isInstanceOf(MgcException.class).hasMessageContaining("stages describe a rocket");
        assertThatThrownBy(() -> Stage.of(10, 5, Unit.KM, 200)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("km is a unit of length, not mass");
    }

    @Test
    void aSpecWithoutStagesIsBuiltAsBefore() {
        assertThat(Spec.ballisticMissile("X").range(300, Unit.KM).payload(500, Unit.KG).build().model().staging()).isEmpty();
    }
}
