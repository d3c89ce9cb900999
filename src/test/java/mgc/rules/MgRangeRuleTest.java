package mgc.rules;

import static mgc.rules.ShippedRules.ballistic;
import static mgc.rules.ShippedRules.firedRules;
import static mgc.rules.ShippedRules.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MG-RANGE: range must not exceed the revision's range cap (inclusive). */
class MgRangeRuleTest {

    @ParameterizedTest(name = "{0}: {1} km is within the {2} km cap")
    @CsvSource({"1979, 180, 180", "1979, 1, 180", "2001, 300, 300", "2012, 800, 800", "2017, 800, 800", "2020, 800, 800"})
    void doesNotFireAtOrBelowTheCap(String revision, double rangeKm, double capKm) {
        Verdict verdict = verdict(revision, ballistic(rangeKm, 0));

        TermOutcome range = verdict.checks().stream().filter(c -> c.rule().equals("MG-RANGE")).findFirst().orElseThrow();
        assertThat(range.violated()).isFalse();
        assertThat(range.limit()).isEqualTo(capKm);
        assertThat(range.margin()).isEqualTo(capKm - rangeKm);
        assertThat(verdict.decision()).isEqualTo(Decision.PERMITTED);
    }

    @ParameterizedTest(name = "{0}: {1} km is over the {2} km cap")
    @CsvSource({"1979, 180.1, 180", "2001, 300.1, 300", "2012, 800.1, 800", "2017, 800.1, 800", "2020, 800.1, 800", "2020, 5500, 800"})
    void firesJustOverTheCap(String revision, double rangeKm, double capKm) {
        Verdict verdict = verdict(revision, ballistic(rangeKm, 0));

        assertThat(firedRules(verdict)).containsExactly("MG-RANGE");
        TermOutcome finding = verdict.findings().get(0);
        assertThat(finding.field()).isEqualTo("range");
        assertThat(finding.actual()).isEqualTo(rangeKm);
        assertThat(finding.limit()).isEqualTo(capKm);
        assertThat(finding.unit()).isEqualTo("km");
        assertThat(finding.margin()).isNegative();
        assertThat(finding.source()).isNotBlank();
        assertThat(finding.message()).contains("range " + mgc.units.Numbers.format(rangeKm) + " km > limit");
        assertThat(verdict.decision()).isEqualTo(Decision.PROHIBITED);
    }

    @org.junit.jupiter.api.Test
    void anExcessTooSmallForThreeDecimalsIsShownExactly() {
        TermOutcome finding = verdict("2012", ballistic(800.0000001, 0)).findings().get(0);

        assertThat(finding.message()).startsWith("range 800.0000001 km > limit 800 km (over by 0.0000001");
    }

    @ParameterizedTest(name = "{0} has no range cap for ballistic missiles")
    @CsvSource({"2021"})
    void neverFiresWhenTheRevisionHasNoCap(String revision) {
        Verdict verdict = verdict(revision, ballistic(10_000, 10_000));

        assertThat(verdict.checks()).isEmpty();
        assertThat(verdict.decision()).isEqualTo(Decision.PERMITTED);
    }
}
