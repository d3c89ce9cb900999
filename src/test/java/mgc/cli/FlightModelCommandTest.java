package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** mgc check --capability with the flight model, end to end through Main. */
class FlightModelCommandTest {

    private static final String SCUD = "scenarios/capability/scud-b-flight.yaml";

    @Test
    void textSaysWhichModelAndStatesItsAssumptions() {
        CapabilityCommandTest.Run run = CapabilityCommandTest.run("check", "--capability", SCUD);
        assertThat(run.out())
                .contains("capability (flight model):")
                .contains("range at the declared payload: with 985 kg it reaches 295.788 km")
                .contains("atmosphere: US Standard Atmosphere 1976")
                .contains("drag: the V-2's zero-lift drag coefficient against Mach number")
                .contains("pitch programme: vertical rise for 5 s")
                .contains("Earth: a round, non-rotating sphere")
                .contains("the Isp given is used throughout");
    }

    @Test
    void jsonGivesTheModelAndTheRangeAtTheDeclaredPayload() throws Exception {
        CapabilityCommandTest.Run run = CapabilityCommandTest.run("check", "--capability", "--format", "json", SCUD);
        JsonNode capability = new ObjectMapper().readTree(run.out()).findValue("capability");
        assertThat(capability.get("model").asText()).isEqualTo("flight");
        assertThat(capability.get("range_at_declared_payload_km").asDouble()).isBetween(290.0, 300.0);
        assertThat(capability.get("assumptions").toString()).contains("US Standard Atmosphere 1976");
    }

    @Test
    void aVacuumIspIsFlownAsThrustRisingWithAltitudeAndTheExitAreaItImpliesIsPrinted() {
        CapabilityCommandTest.Run run = CapabilityCommandTest.run("check", "--capability", "scenarios/capability/v2-flight.yaml");
        assertThat(run.out())
                .contains("range at the declared payload: with 1,000 kg it reaches 380.569 km")
                .contains("thrust is F = F_vac - p * A_e")
                .contains("stage 1 A_e = 0.5 m^2, thrust 285.7 kN at sea level, 336.3 kN in vacuum");
    }

    @Test
    void withoutBurnTimesTheBurnoutModelSaysItsRangesAreUpperBounds() {
        CapabilityCommandTest.Run run = CapabilityCommandTest.run("check", "--capability", "scenarios/examples/scud-b-class.yaml");
        assertThat(run.out()).contains("capability (burnout model: ranges are upper bounds):")
                .contains("model: burnout (no burn_time and diameter given");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String first = CapabilityCommandTest.run("check", "--capability", "--format", "json", SCUD).out();
        assertThat(CapabilityCommandTest.run("check", "--capability", "--format", "json", SCUD).out()).isEqualTo(first);
    }
}
