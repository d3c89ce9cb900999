package mgc.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hypothetical revision with a strict threshold ("payload over 500 kg when range over 300 km"):
 * the prohibited configurations form an open window between the breakpoints (500 kg, and the
 * heaviest payload to 300 km) with neither breakpoint inside it. The midpoint between them finds
 * it even with almost no sampling.
 */
class OpenThresholdTest {

    @Test
    void midpointsFindAWindowOpenAtBothBreakpoints(@TempDir Path dir) throws Exception {
        Path revision = dir.resolve("strict.yaml");
        Files.writeString(revision, """
                id: strict
                title: Hypothetical strict threshold
                date: 2030-01-01
                sources:
                  - {id: test, cite: a test}
                terms:
                  ballistic-missile:
                    payload-cap-beyond-range:
                      when-range-over: 300 km
                      payload: 500 kg
                      source: [test]
                """);
        RuleSet rules = RuleSet.load(RulesDirectory.packaged(), List.of(revision), new DocumentReader());
        assertThat(rules.revisionErrors()).isEmpty();
        Revision strict = rules.catalog().find("strict").orElseThrow();
        try (Evaluator evaluator = rules.ruleBase().newEvaluator(List.of(strict))) {
            // Scud-B class: 500 kg to ~460 km, so payloads a little over 500 kg still go past 300 km
            SystemSpec spec = CapabilityAssessmentTest.rocket(250, 400, 600, new double[] {4915, 3771, 230});
            CapabilityAssessment check = new CapabilityAssessment(new CapabilityOptions(true, 0.2, MtcrBoundary.AT_LEAST, 180, 1));
            CapabilityResult result = check.evaluate(spec, evaluator);

            CapabilityCurve curve = result.curve().orElseThrow();
            double heaviestTo300 = curve.payloadTo(300).orElseThrow();
            assertThat(heaviestTo300).isGreaterThan(500);
            CapabilityVerdict verdict = result.verdictFor("strict").orElseThrow();
            assertThat(verdict.decision()).isEqualTo(Decision.PROHIBITED);
            Witness witness = verdict.witnesses().get(0);
            assertThat(witness.check().rule()).isEqualTo("MG-PAYLOAD-BEYOND-RANGE");
            assertThat(witness.configuration().point().payloadKg()).isGreaterThan(500).isLessThan(heaviestTo300);
            assertThat(witness.configuration().point().rangeKm()).isGreaterThan(300);

            // the breakpoints themselves are permitted: 500 kg is not over 500 kg, 300 km is not over 300 km
            assertThat(evaluator.evaluate(CapabilityAssessment.configured(spec, curve.at(500))).get(0).decision())
                    .isEqualTo(Decision.PERMITTED);
            assertThat(evaluator.evaluate(CapabilityAssessment.configured(spec, new CurvePoint(heaviestTo300, 300, false)))
                    .get(0).decision()).isEqualTo(Decision.PERMITTED);
            assertThat(curve.at(heaviestTo300).rangeKm()).isCloseTo(300, within(1e-3));
        }
    }

    /** A threshold of 0 km is valid revision data; it must not break the choice of configurations. */
    @Test
    void aZeroRangeThresholdIsHandled(@TempDir Path dir) throws Exception {
        Path revision = dir.resolve("zero.yaml");
        Files.writeString(revision, """
                id: zero
                title: Hypothetical payload cap at any range
                date: 2030-01-01
                sources:
                  - {id: test, cite: a test}
                terms:
                  ballistic-missile:
                    payload-cap-beyond-range:
                      when-range-at-least: 0 km
                      payload: 500 kg
                      source: [test]
                """);
        RuleSet rules = RuleSet.load(RulesDirectory.packaged(), List.of(revision), new DocumentReader());
        try (Evaluator evaluator = rules.ruleBase().newEvaluator(List.of(rules.catalog().find("zero").orElseThrow()))) {
            SystemSpec spec = CapabilityAssessmentTest.rocket(250, 400, 600, new double[] {4915, 3771, 230});
            CapabilityVerdict verdict = CapabilityAssessment.withDefaults().evaluate(spec, evaluator).verdictFor("zero").orElseThrow();
            assertThat(verdict.decision()).isEqualTo(Decision.PROHIBITED);
            assertThat(verdict.witnesses().get(0).check().rule()).isEqualTo("MG-PAYLOAD-BEYOND-RANGE");
            assertThat(verdict.witnesses().get(0).configuration().point().payloadKg()).isGreaterThan(500);
        }
    }
}
