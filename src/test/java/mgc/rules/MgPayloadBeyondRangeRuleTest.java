package mgc.rules;

import static mgc.rules.ShippedRules.firedRules;
import static mgc.rules.ShippedRules.system;
import static mgc.rules.ShippedRules.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.spec.SystemType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MG-PAYLOAD-BEYOND-RANGE: a payload cap that applies only past a range threshold. 2012 cruise
 * missiles: range over 300 km with payload over 500 kg is prohibited (300 km itself has no cap).
 * UAVs: range of 300 km or more allows at most 2,500 kg (2012) or 500 kg (2001).
 */
class MgPayloadBeyondRangeRuleTest {

    @ParameterizedTest(name = "{0} {1}: {2} km with {3} kg is {4}")
    @CsvSource({
            "2012, cruise-missile, 300, 100000, permitted",
            "2012, cruise-missile, 300.1, 500, permitted",
            "2012, cruise-missile, 300.1, 500.1, prohibited",
            "2012, cruise-missile, 5000, 500, permitted",
            "2012, cruise-missile, 5000, 501, prohibited",
            "2012, uav, 299.9, 100000, permitted",
            "2012, uav, 300, 2500, permitted",
            "2012, uav, 300, 2500.1, prohibited",
            "2012, uav, 10000, 2500.1, prohibited",
            "2001, uav, 300, 500, permitted",
            "2001, uav, 300, 500.1, prohibited",
            "2001, uav, 299.9, 5000, permitted",
            "2017, cruise-missile, 300.1, 500.1, prohibited",
            "2020, uav, 300, 2500.1, prohibited",
            "2021, uav, 300, 2500.1, permitted",
            "2021, cruise-missile, 300.1, 500.1, permitted"})
    void decidesAtTheThresholdAndTheCap(String revision, String type, double rangeKm, double payloadKg, String expected) {
        Verdict verdict = verdict(revision, system(SystemType.byId().get(type), rangeKm, payloadKg));

        assertThat(verdict.decision().id()).isEqualTo(expected);
        if (expected.equals("prohibited")) {
            assertThat(firedRules(verdict)).containsExactly("MG-PAYLOAD-BEYOND-RANGE");
            assertThat(verdict.findings().get(0).message()).contains("the cap applies at range");
        } else if (!revision.equals("2021")) {
            assertThat(verdict.checks()).isNotEmpty().noneMatch(c -> c.violated());
        }
        assertThat(verdict.decision() == Decision.PROHIBITED).isEqualTo(expected.equals("prohibited"));
    }
}
