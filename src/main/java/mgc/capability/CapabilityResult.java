package mgc.capability;

import java.util.List;
import java.util.Optional;
import mgc.engine.Decision;

/**
 * What the capability assessment found for one system.
 *
 * @param curve        the range-payload curve; empty when the spec gives no stages
 * @param assumptions  the model and its assumptions in words, printed with every result
 * @param summary      a few points of the curve, for the report
 * @param declared     the declared point against the curve, when both range and payload are declared
 * @param mtcr         the MTCR category and the configuration that decides it
 * @param verdicts     one per revision when the curve was checked, else empty
 * @param atDeclaredPayload the farthest flight with the declared payload, when stages and a payload are given
 * @param impulse      the stages' total impulse against the declared one, when stages are given
 */
public record CapabilityResult(Optional<CapabilityCurve> curve, List<String> assumptions, List<CurvePoint> summary,
                               Optional<DeclaredRangeShortfall> declared, MtcrCategory.Classification mtcr,
                               List<CapabilityVerdict> verdicts, Optional<CurvePoint> atDeclaredPayload,
                               Optional<StageImpulse> impulse) {

    /** The model the ranges came from: {@code flight}, {@code burnout}, or {@code none} without stages. */
    public String model() {
        return curve.map(c -> c.model().id()).orElse("none");
    }

    public CapabilityResult {
        assumptions = List.copyOf(assumptions);
        summary = List.copyOf(summary);
        verdicts = List.copyOf(verdicts);
    }

    /** Whether the curve was checked against the revisions. */
    public boolean curveChecked() {
        return !verdicts.isEmpty();
    }

    /** Whether any configuration is prohibited under the revision with this id. */
    public boolean prohibitedUnder(String revisionId) {
        return verdicts.stream().anyMatch(v -> v.revision().id().equals(revisionId) && v.decision() == Decision.PROHIBITED);
    }

    public Optional<CapabilityVerdict> verdictFor(String revisionId) {
        return verdicts.stream().filter(v -> v.revision().id().equals(revisionId)).findFirst();
    }
}
