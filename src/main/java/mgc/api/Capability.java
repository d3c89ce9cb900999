package mgc.api;

import java.util.List;
import java.util.OptionalDouble;
import mgc.capability.CapabilityResult;
import mgc.capability.CapabilityVerdict;
import mgc.capability.CurvePoint;
import mgc.capability.Witness;
import mgc.engine.Decision;

/**
 * What a spec's stages can do, as {@code mgc check --capability} works it out
 * (docs/capability.md): the range-payload curve from the stages (the flight model when every
 * stage has a burn time and the spec a diameter, else the burnout model), every configuration on
 * it checked through the rule base, and the MTCR category it implies. Without stages nothing is
 * assessed: {@link #model()} is {@code none}. Immutable.
 *
 * <pre>{@code
 * Capability scud = Guideline.shipped().capability(spec, "2012");
 * scud.rangeAtDeclaredPayload(Unit.KM);   // e.g. 295.8
 * scud.isProhibitedUnder("2012");          // any configuration prohibited
 * }</pre>
 */
public final class Capability {

    private final Spec spec;
    private final CapabilityResult result;

    Capability(Spec spec, CapabilityResult result) {
        this.spec = spec;
        this.result = result;
    }

    /**
     * The system assessed.
     *
     * @return the spec
     */
    public Spec spec() {
        return spec;
    }

    /**
     * The model the ranges came from.
     *
     * @return {@code flight}, {@code burnout} (its ranges are upper bounds), or {@code none} without stages
     */
    public String model() {
        return result.model();
    }

    /**
     * The model and every assumption it makes, in words, as the command line prints them.
     *
     * @return one line per assumption
     */
    public List<String> assumptions() {
        return result.assumptions();
    }

    /**
     * The range the stages give with the declared payload.
     *
     * @param unit a length unit
     * @return the range, or empty without stages or a declared payload
     */
    public OptionalDouble rangeAtDeclaredPayload(Unit unit) {
        return result.atDeclaredPayload().map(p -> range(p, unit)).orElse(OptionalDouble.empty());
    }

    /**
     * The range the stages give with a payload (0 or more): the curve at that payload.
     *
     * @param payload     the payload
     * @param payloadUnit a mass unit
     * @param rangeUnit   a length unit
     * @return the range, or empty without stages; half the Earth's circumference (anywhere) when
     *         the payload reaches orbit
     */
    public OptionalDouble rangeWith(double payload, Unit payloadUnit, Unit rangeUnit) {
        if (payloadUnit.kind() != Unit.Kind.MASS || !(payload >= 0)) {
            throw new IllegalArgumentException("need a payload of 0 or more in a mass unit, got " + payload + " " + payloadUnit);
        }
        return result.curve().map(c -> range(c.at(payloadUnit.convert(payload, Unit.KG)), rangeUnit)).orElse(OptionalDouble.empty());
    }

    /**
     * Whether a revision prohibits any configuration the stages allow.
     *
     * @param revision a revision id the assessment was run against
     * @return true when any configuration is prohibited; false without stages
     * @throws MgcException when the revision was not assessed
     */
    public boolean isProhibitedUnder(String revision) {
        return verdict(revision).map(v -> v.decision() == Decision.PROHIBITED).orElse(false);
    }

    /**
     * The configurations a revision prohibits, one per failed rule, as the command line words them.
     *
     * @param revision a revision id the assessment was run against
     * @return e.g. {@code with 500 kg it reaches 1,018.251 km: range 1,018.251 km > limit 800 km (over by 218.251 km)};
     *         empty when none is prohibited or there are no stages
     * @throws MgcException when the revision was not assessed
     */
    public List<String> prohibitedConfigurations(String revision) {
        return verdict(revision).map(v -> v.witnesses().stream().map(Witness::describe).toList()).orElse(List.of());
    }

    /**
     * The MTCR category the stages (or, without them, the declared point) imply, with the
     * configuration that decides it.
     *
     * @return e.g. {@code MTCR Category I: with 500 kg it reaches 440.753 km [Category I reading: ...]}
     */
    public String mtcrCategory() {
        return result.mtcr().describe();
    }

    /**
     * The total impulse the stages give: propellant mass x Isp x g0, summed over the stages.
     *
     * @param unit an impulse unit
     * @return the impulse, or empty without stages
     */
    public OptionalDouble stageImpulse(Unit unit) {
        if (unit.kind() != Unit.Kind.IMPULSE) {
            throw new IllegalArgumentException(unit.symbol() + " is not a unit of impulse");
        }
        return result.impulse().map(i -> OptionalDouble.of(Unit.NEWTON_SECOND.convert(i.derivedNs(), unit))).orElse(OptionalDouble.empty());
    }

    private java.util.Optional<CapabilityVerdict> verdict(String revision) {
        if (model().equals("none")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(result.verdictFor(revision).orElseThrow(() -> MgcException.of("<capability>",
                "revision " + revision + " was not assessed; assessed: "
                        + result.verdicts().stream().map(v -> v.revision().id()).toList())));
    }

    private static OptionalDouble range(CurvePoint point, Unit unit) {
        if (unit.kind() != Unit.Kind.LENGTH) {
            throw new IllegalArgumentException(unit.symbol() + " is not a unit of length");
        }
        return OptionalDouble.of(Unit.KM.convert(point.rangeKm(), unit));
    }

    /**
     * The system and its model, for messages.
     *
     * @return e.g. {@code capability of Scud-B (flight model)}
     */
    @Override
    public String toString() {
        return "capability of " + spec.name() + " (" + model() + " model)";
    }
}
