package mgc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Guideline.capability: what mgc check --capability finds, from Java. */
class CapabilityApiTest {

    private static final Guideline SHIPPED = Guideline.shipped();

    @Test
    void aBuiltScudFliesTheFlightModelAsTheCommandLineDoes() {
        // Forden's Scud-B figures, as scenarios/capability/scud-b-flight.yaml and PublishedRangeTest
        Spec scud = Spec.ballisticMissile("Scud-B").range(300, Unit.KM).payload(985, Unit.KG)
                .stage(Stage.of(4897, 3699, Unit.KG, 230).burnTime(75)).diameter(0.84, Unit.M).build();
        Capability capability = SHIPPED.capability(scud, "2012");
        assertThat(capability.model()).isEqualTo("flight");
        assertThat(capability.rangeAtDeclaredPayload(Unit.KM).getAsDouble()).isCloseTo(295.788, within(0.001));
        assertThat(capability.rangeWith(985, Unit.KG, Unit.KM)).isEqualTo(capability.rangeAtDeclaredPayload(Unit.KM));
        assertThat(capability.rangeWith(0, Unit.KG, Unit.KM).getAsDouble()).isGreaterThan(295.788);
        assertThat(capability.assumptions()).anyMatch(a -> a.startsWith("atmosphere: US Standard Atmosphere 1976"));
        assertThat(capability.mtcrCategory()).startsWith("MTCR Category I: with 500 kg it reaches 440.753 km");
        assertThat(capability.stageImpulse(Unit.NEWTON_SECOND).getAsDouble()).isCloseTo(3699 * 230 * 9.80665, within(1e-3));
    }

    @Test
    void aLaunchVehicleDeclaringTooLittleImpulseIsProhibitedByWhatItsStagesBurn() {
        Spec vehicle = Spec.read(Path.of("scenarios/capability/solid-launch-vehicle.yaml")).get(0);
        assertThat(SHIPPED.check(vehicle, "2012").verdict("2012").isPermitted()).isTrue();
        Capability capability = SHIPPED.capability(vehicle, "2012", "2020");
        assertThat(capability.isProhibitedUnder("2012")).isTrue();
        assertThat(capability.prohibitedConfigurations("2012")).singleElement().asString()
                .contains("total_impulse 18,681,668.25 N*s > limit 4,448,221.615 N*s");
        assertThat(capability.isProhibitedUnder("2020")).isFalse();
        assertThat(capability.prohibitedConfigurations("2020")).isEmpty();
        assertThatThrownBy(() -> capability.isProhibitedUnder("2017")).isInstanceOf(MgcException.class)
                .hasMessageContaining("revision 2017 was not assessed");
    }

    @Test
    void withoutStagesNothingIsAssessed() {
        Spec plain = Spec.ballisticMissile("X").range(300, Unit.KM).payload(500, Unit.KG).build();
        Capability capability = SHIPPED.capability(plain);
        assertThat(capability.model()).isEqualTo("none");
        assertThat(capability.rangeAtDeclaredPayload(Unit.KM)).isEmpty();
        assertThat(capability.isProhibitedUnder("2012")).isFalse();
        assertThat(capability.stageImpulse(Unit.NEWTON_SECOND)).isEmpty();
    }
}
