package mgc.rules;

import static mgc.rules.ShippedRules.ballistic;
import static mgc.rules.ShippedRules.firedRules;
import static mgc.rules.ShippedRules.system;
import static mgc.rules.ShippedRules.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.spec.SystemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MG-PAYLOAD: payload must not exceed a flat cap (1979 and 2001 ballistic, 2001 cruise). */
class MgPayloadRuleTest {

    @ParameterizedTest(name = "{0}: 500 kg is within the cap at {1} km")
    @CsvSource({"1979, 180", "1979, 10", "2001, 300", "2001, 1"})
    void doesNotFireAtTheCap(String revision, double rangeKm) {
        Verdict verdict = verdict(revision, ballistic(rangeKm, 500));

        TermOutcome payload = verdict.checks().stream().filter(c -> c.rule().equals("MG-PAYLOAD")).findFirst().orElseThrow();
        assertThat(payload.violated()).isFalse();
        assertThat(payload.margin()).isZero();
        assertThat(verdict.decision()).isEqualTo(Decision.PERMITTED);
    }

    @ParameterizedTest(name = "{0}: 500.1 kg is over the cap at {1} km")
    @CsvSource({"1979, 180", "1979, 10", "2001, 300", "2001, 1"})
    void firesJustOverTheCap(String revision, double rangeKm) {
        Verdict verdict = verdict(revision, ballistic(rangeKm, 500.1));

        assertThat(firedRules(verdict)).containsExactly("MG-PAYLOAD");
        TermOutcome finding = verdict.findings().get(0);
        assertThat(finding.field()).isEqualTo("payload");
        assertThat(finding.limit()).isEqualTo(500);
        assertThat(finding.unit()).isEqualTo("kg");
        assertThat(finding.margin()).isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void cruiseMissilesIn2001HaveAFlatPayloadCapAndNoRangeLimit() {
        assertThat(verdict("2001", system(SystemType.CRUISE_MISSILE, 5000.0, 500.0)).decision()).isEqualTo(Decision.PERMITTED);
        Verdict over = verdict("2001", system(SystemType.CRUISE_MISSILE, 100.0, 500.1));
        assertThat(firedRules(over)).containsExactly("MG-PAYLOAD");
        assertThat(over.findings().get(0).reading()).hasValueSatisfying(r -> assertThat(r).contains("Arms Control Association"));
    }
}
