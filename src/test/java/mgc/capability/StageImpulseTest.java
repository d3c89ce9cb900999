package mgc.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.spec.SystemSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Total impulse from the stages, against the declared figure and the impulse caps of the rule base. */
class StageImpulseTest {

    private static Evaluator evaluator;

    @BeforeAll
    static void loadRules() throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all());
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    @Test
    void aLaunchVehicleDeclaringLessImpulseThanItsStagesIsFlaggedAndJudgedOnTheStages() throws Exception {
        SystemSpec slv = CapabilityAssessmentTest.read(Path.of("scenarios/capability/solid-launch-vehicle.yaml"));
        CapabilityResult result = CapabilityAssessment.withDefaults().evaluate(slv, evaluator);
        StageImpulse impulse = result.impulse().orElseThrow();
        assertThat(impulse.derivedNs()).isCloseTo((6000 * 250 + 1500 * 270) * 9.80665, within(1e-6));
        assertThat(impulse.flagged()).isTrue();
        assertThat(impulse.checkedNs()).isEqualTo(impulse.derivedNs());
        for (String revision : List.of("2001", "2012", "2017")) {
            CapabilityVerdict verdict = result.verdictFor(revision).orElseThrow();
            assertThat(verdict.decision()).as(revision).isEqualTo(Decision.PROHIBITED);
            assertThat(verdict.witnesses()).extracting(w -> w.check().rule()).contains("MG-IMPULSE");
        }
        assertThat(result.verdictFor("2020").orElseThrow().decision()).isEqualTo(Decision.PERMITTED);
        // the declared point alone is within the cap: only the stages make it prohibited
        assertThat(evaluator.evaluate(slv).stream().allMatch(v -> v.decision() == Decision.PERMITTED)).isTrue();
    }

    @Test
    void aDeclaredImpulseAtOrAboveTheStagesIsNotFlagged() throws Exception {
        SystemSpec slv = CapabilityAssessmentTest.read(Path.of("scenarios/capability/solid-launch-vehicle.yaml"));
        double derived = (6000 * 250 + 1500 * 270) * 9.80665;
        SystemSpec honest = new SystemSpec(slv.name(), slv.type(), slv.range(), slv.payload(), slv.propellant(),
                java.util.Optional.of(mgc.units.Quantity.of(mgc.units.Dimension.IMPULSE, derived)), slv.location(),
                slv.fieldLocations(), slv.staging());
        assertThat(StageImpulse.of(honest, honest.staging().orElseThrow(), 0.2).flagged()).isFalse();
        // 20% below is at the threshold (not flagged); just beyond it is flagged
        SystemSpec atThreshold = new SystemSpec(slv.name(), slv.type(), slv.range(), slv.payload(), slv.propellant(),
                java.util.Optional.of(mgc.units.Quantity.of(mgc.units.Dimension.IMPULSE, derived * 0.8)), slv.location(),
                slv.fieldLocations(), slv.staging());
        assertThat(StageImpulse.of(atThreshold, atThreshold.staging().orElseThrow(), 0.2).flagged()).isFalse();
        SystemSpec beyond = new SystemSpec(slv.name(), slv.type(), slv.range(), slv.payload(), slv.propellant(),
                java.util.Optional.of(mgc.units.Quantity.of(mgc.units.Dimension.IMPULSE, derived * 0.79)), slv.location(),
                slv.fieldLocations(), slv.staging());
        assertThat(StageImpulse.of(beyond, beyond.staging().orElseThrow(), 0.2).flagged()).isTrue();
    }
}
