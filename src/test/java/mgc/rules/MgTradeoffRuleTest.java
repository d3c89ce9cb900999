package mgc.rules;

import static mgc.rules.ShippedRules.ballistic;
import static mgc.rules.ShippedRules.firedRules;
import static mgc.rules.ShippedRules.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MG-TRADEOFF: the 2012 ballistic-missile payload curve, 300 km -> 2,000 kg, 500 km -> 1,000 kg,
 * 800 km -> 500 kg, straight lines between, 2,000 kg below 300 km.
 */
class MgTradeoffRuleTest {

    @ParameterizedTest(name = "{0} km, {1} kg is on the curve (limit {2} kg, interpolated {3})")
    @CsvSource({
            "800, 500, 500, false",
            "500, 1000, 1000, false",
            "300, 2000, 2000, false",
            "100, 2000, 2000, false",
            "400, 1500, 1500, true",
            "650, 750, 750, true",
            "350, 1750, 1750, true"})
    void doesNotFireOnTheCurve(double rangeKm, double payloadKg, double limitKg, boolean interpolated) {
        Verdict verdict = verdict("2012", ballistic(rangeKm, payloadKg));

        TermOutcome tradeoff = verdict.checks().stream().filter(c -> c.rule().equals("MG-TRADEOFF")).findFirst().orElseThrow();
        assertThat(tradeoff.violated()).isFalse();
        assertThat(tradeoff.limit()).isEqualTo(limitKg);
        assertThat(tradeoff.interpolated()).isEqualTo(interpolated);
        assertThat(verdict.decision()).isEqualTo(Decision.PERMITTED);
    }

    @ParameterizedTest(name = "{0} km, {1} kg is above the curve")
    @CsvSource({"800, 500.1", "500, 1000.1", "300, 2000.1", "100, 2000.1", "400, 1500.1", "650, 750.1", "799.9, 501"})
    void firesJustAboveTheCurve(double rangeKm, double payloadKg) {
        Verdict verdict = verdict("2012", ballistic(rangeKm, payloadKg));

        assertThat(firedRules(verdict)).containsExactly("MG-TRADEOFF");
        assertThat(verdict.findings().get(0).field()).isEqualTo("payload");
        assertThat(verdict.findings().get(0).margin()).isNegative();
    }

    @Test
    void saysWhenTheLimitRestsOnInterpolation() {
        TermOutcome finding = verdict("2012", ballistic(400, 1600)).findings().get(0);

        assertThat(finding.interpolated()).isTrue();
        assertThat(finding.message()).contains("interpolated on a straight line between (300 km, 2,000 kg) and (500 km, 1,000 kg)");
        assertThat(finding.reading()).hasValueSatisfying(r -> assertThat(r).contains("modelling choice"));
    }

    @Test
    void theCurveIsGoneIn2017() {
        Verdict verdict = verdict("2017", ballistic(800, 5000));

        assertThat(verdict.decision()).isEqualTo(Decision.PERMITTED);
        assertThat(verdict.checks()).extracting(TermOutcome::rule).containsExactly("MG-RANGE");
    }

    @Test
    void overBothRangeAndCurveReportsBoth() {
        assertThat(firedRules(verdict("2012", ballistic(900, 600)))).containsExactly("MG-RANGE", "MG-TRADEOFF");
    }
}
