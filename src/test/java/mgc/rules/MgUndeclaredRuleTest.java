package mgc.rules;

import static mgc.rules.ShippedRules.firedRules;
import static mgc.rules.ShippedRules.system;
import static mgc.rules.ShippedRules.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import org.junit.jupiter.api.Test;

/**
 * MG-UNDECLARED: a term applies but the spec leaves out the value it needs, so compliance
 * cannot be shown. Only launch vehicles may leave out range and payload; the impulse cap then
 * needs their propellant and, for solid or hybrid, their total impulse.
 */
class MgUndeclaredRuleTest {

    @Test
    void firesWhenASolidLaunchVehicleOmitsItsImpulse() {
        Verdict verdict = verdict("2012", system(SystemType.SPACE_LAUNCH_VEHICLE, null, null, Propellant.SOLID, null));

        assertThat(firedRules(verdict)).containsExactly("MG-UNDECLARED");
        TermOutcome finding = verdict.findings().get(0);
        assertThat(finding.field()).isEqualTo("total_impulse");
        assertThat(finding.actual()).isNull();
        assertThat(finding.margin()).isNull();
        assertThat(finding.message()).contains("not declared");
    }

    @Test
    void firesWhenALaunchVehicleOmitsItsPropellantUnderTheCap() {
        Verdict verdict = verdict("2012", system(SystemType.SPACE_LAUNCH_VEHICLE, null, null, null, null));

        assertThat(firedRules(verdict)).containsExactly("MG-UNDECLARED");
        assertThat(verdict.findings().get(0).field()).isEqualTo("propellant");
    }

    @Test
    void doesNotFireForALiquidLaunchVehicleWithoutImpulse() {
        Verdict verdict = verdict("2012", system(SystemType.SPACE_LAUNCH_VEHICLE, null, null, Propellant.LIQUID, null));

        assertThat(verdict.decision()).isEqualTo(Decision.PERMITTED);
        assertThat(verdict.checks()).extracting(TermOutcome::rule).containsExactly("MG-IMPULSE");
    }

    @Test
    void doesNotFireOnceTheCapIsLifted() {
        Verdict verdict = verdict("2020", system(SystemType.SPACE_LAUNCH_VEHICLE, null, null, null, null));

        assertThat(verdict.decision()).isEqualTo(Decision.PERMITTED);
        assertThat(verdict.checks()).isEmpty();
    }
}
