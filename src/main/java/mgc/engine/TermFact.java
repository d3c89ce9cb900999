package mgc.engine;

import java.util.Optional;
import java.util.function.Supplier;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.Propellant;
import mgc.spec.SystemType;

/**
 * A term of one revision for one system type, as a fact in the rule engine's memory: one class
 * for every kind of term, which the DRL tells apart by {@code kind} (the term's key). The rules
 * join each system with the terms of its type; all selected revisions' terms sit in one session,
 * so inserting a system once checks it against every revision.
 *
 * <p>The comparisons that decide a verdict are in the DRL; this class only exposes the term's
 * numbers and builds the {@link TermOutcome} a rule records, under the id the rule's
 * {@code @ruleId} gives. Everything it quotes comes from the {@link Term} record.
 */
public final class TermFact {

    private final String revision;
    private final SystemType type;
    private final Term term;
    private final String kind;
    private final double limit;
    private final boolean needsRange;
    private final boolean needsPayload;
    private final boolean needsPropellant;
    private final boolean needsImpulse;
    /** The citation line, built once: every outcome of the term quotes it. */
    private final String citation;
    private final Optional<String> reading;
    private final String summary;
    /** The basis of an outcome when the limit does not slope, built once. */
    private final Supplier<String> constantBasis;
    private final Term.Exemption exemption;
    private final Supplier<String> exemptionBasis;

    private static final Supplier<String> BLANK = () -> "";

    TermFact(String revision, SystemType type, Term term) {
        this.revision = revision;
        this.type = type;
        this.term = term;
        this.kind = term.key();
        this.limit = term.headlineLimit();
        this.needsRange = term.needs().contains(Term.Input.RANGE);
        this.needsPayload = term.needs().contains(Term.Input.PAYLOAD);
        this.needsPropellant = term.needs().contains(Term.Input.PROPELLANT);
        this.needsImpulse = term.needs().contains(Term.Input.TOTAL_IMPULSE);
        this.citation = term.basis().citation();
        this.reading = term.basis().reading();
        this.summary = term.summary();
        String basis = term.limitBasis();
        this.constantBasis = () -> basis;
        this.exemption = term.exemption();
        this.exemptionBasis = exemption == null ? null : exemption::basis;
    }

    static TermFact of(Revision revision, SystemType type, Term term) {
        return new TermFact(revision.id(), type, term);
    }

    public String getRevision() {
        return revision;
    }

    public SystemType getType() {
        return type;
    }

    /** The term's key ({@code max-range}, ...): which rule pair applies it. */
    public String getKind() {
        return kind;
    }

    /** The limit, in the unit of the value it limits, where it does not move with range. */
    public double getLimit() {
        return limit;
    }

    /** The limit at a range (a trade-off curve's falls with range). */
    public double limitAt(double rangeKm) {
        return term.limitAt(rangeKm);
    }

    /** Whether the term applies at this range (threshold inclusive or not, per the term). */
    public boolean appliesAt(double rangeKm) {
        return term.appliesAt(rangeKm);
    }

    public boolean appliesTo(Propellant propellant) {
        return term.appliesTo(propellant);
    }

    /** Whether the term cannot be applied without the system's range. */
    public boolean isNeedsRange() {
        return needsRange;
    }

    /** Whether the term cannot be applied without the system's payload. */
    public boolean isNeedsPayload() {
        return needsPayload;
    }

    public boolean isNeedsPropellant() {
        return needsPropellant;
    }

    public boolean isNeedsImpulse() {
        return needsImpulse;
    }

    /** How the term shows in an explanation: {@code RangeCap[2012 ballistic-missile: range <= 800 km]}. */
    @Override
    public String toString() {
        return term.getClass().getSimpleName() + "[" + revision + " " + type.id() + ": " + summary + "]";
    }

    /** The outcome the term's "exceeded" or "within" rule records for a system. */
    TermOutcome compared(String rule, SystemFact system, boolean violated) {
        return compared(rule, system, violated, term.limitSlopes() && term.interpolatedAt(system.getRangeKm()));
    }

    /**
     * As {@link #compared(String, SystemFact, boolean)}, with whether the limit is interpolated
     * known already: an outcome built again for another system of its cell ({@link TermOutcome#remake})
     * takes it from the first, since the curve's points are range breakpoints of the cell key.
     */
    TermOutcome compared(String rule, SystemFact system, boolean violated, boolean interpolated) {
        Term.Input input = term.limited();
        Double actual = value(input, system);
        if (!term.limitSlopes()) {
            return outcome(rule, input.field(), actual, limit, input.unit(), violated, constantBasis, false)
                    .of(system, this, TermOutcome.Made.COMPARED);
        }
        double range = system.getRangeKm();
        return outcome(rule, input.field(), actual, term.limitAt(range), input.unit(), violated,
                () -> term.limitBasisAt(range), interpolated).of(system, this, TermOutcome.Made.COMPARED);
    }

    /** The term does not apply to the system (short of a threshold, a propellant not covered): recorded to explain the verdict. */
    TermOutcome exempt(String rule, SystemFact system) {
        double range = system.getRangeKm();
        Propellant propellant = system.getPropellant();
        return new TermOutcome(rule, revision, exemption.field().field(), value(exemption.field(), system),
                exemption.limit(), exemption.unit(), false, exemptionBasis, false, citation, reading,
                () -> term.exemptionMessage(range, propellant)).of(system, this, TermOutcome.Made.EXEMPT);
    }

    /** A needed field was not declared: compliance cannot be shown, so the term counts as failed. */
    TermOutcome undeclared(String rule, String field, SystemFact system) {
        return outcome(rule, field, null, limit, term.limited().unit(), true, BLANK, false)
                .of(system, this, TermOutcome.Made.UNDECLARED);
    }

    /** An outcome whose explanation ({@code how}) and message (the usual one, from its numbers and {@code how}) are built only if shown. */
    private TermOutcome outcome(String rule, String field, Double actual, double limit, String unit, boolean violated,
                                Supplier<String> how, boolean interpolated) {
        return new TermOutcome(rule, revision, field, actual, limit, unit, violated, how, interpolated, citation,
                reading, null);
    }

    /** The system's value of an input, in its canonical unit; null for the propellant, which is not a number. */
    private static Double value(Term.Input input, SystemFact system) {
        return switch (input) {
            case RANGE -> system.rangeQuoted();
            case PAYLOAD -> system.payloadQuoted();
            case TOTAL_IMPULSE -> system.impulseQuoted();
            case PROPELLANT -> null;
        };
    }
}
