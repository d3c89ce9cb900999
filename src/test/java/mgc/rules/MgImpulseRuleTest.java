package mgc.rules;

import static mgc.rules.ShippedRules.firedRules;
import static mgc.rules.ShippedRules.system;
import static mgc.rules.ShippedRules.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MG-IMPULSE: solid and hybrid space launch vehicles are capped at a total impulse of
 * 1,000,000 lbf*s (4,448,221.6152605 N*s) from 2001 until the 2020 revision lifted it.
 */
class MgImpulseRuleTest {

    private static final double CAP_NS = 4_448_221.6152605;

    @ParameterizedTest(name = "{0} {1}: {2} N*s is {3}")
    @CsvSource({
            "2001, solid, 4448221.6152605, permitted",
            "2001, solid, 4448221.7, prohibited",
            "2012, hybrid, 4448221.6152605, permitted",
            "2012, hybrid, 4448222, prohibited",
            "2017, solid, 4448222, prohibited",
            "2012, liquid, 1e9, permitted",
            "2020, solid, 1e9, permitted",
            "2021, solid, 1e9, permitted",
            "1979, solid, 1e9, permitted"})
    void capsSolidAndHybridLaunchVehiclesUntil2020(String revision, String propellant, double impulseNs, String expected) {
        Verdict verdict = verdict(revision, system(SystemType.SPACE_LAUNCH_VEHICLE, null, null,
                Propellant.byId().get(propellant), impulseNs));

        assertThat(verdict.decision().id()).isEqualTo(expected);
        if (expected.equals("prohibited")) {
            assertThat(firedRules(verdict)).containsExactly("MG-IMPULSE");
            assertThat(verdict.findings().get(0).limit()).isEqualTo(CAP_NS);
            assertThat(verdict.findings().get(0).unit()).isEqualTo("N*s");
        }
        assertThat(verdict.decision() == Decision.PROHIBITED).isEqualTo(expected.equals("prohibited"));
    }
}
