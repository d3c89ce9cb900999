package mgc.engine;

import mgc.revision.Basis;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.Propellant;
import mgc.spec.SystemType;

/**
 * A term of one revision for one system type, as a fact in the rule engine's memory. The DRL
 * rules join each system with the terms of its type; all selected revisions' terms sit in one
 * session, so inserting a system once checks it against every revision.
 *
 * <p>The comparisons that decide a verdict are in the DRL; these classes only expose the
 * term's numbers and build the {@link TermOutcome} a rule records.
 */
public abstract sealed class TermFact {

    private final String revision;
    private final SystemType type;
    private final Basis basis;
    /** The citation line, built once: every check of the term quotes it. */
    private final String citation;
    private final String summary;

    TermFact(String revision, SystemType type, Term term) {
        this.revision = revision;
        this.type = type;
        this.basis = term.basis();
        this.summary = term.summary();
        this.citation = basis.citation();
    }

    public String getRevision() {
        return revision;
    }

    public SystemType getType() {
        return type;
    }

    Basis basis() {
        return basis;
    }

    String citation() {
        return citation;
    }

    /** How the term shows in an explanation: {@code RangeCap[2012 ballistic-missile: range <= 800 km]}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + revision + " " + type.id() + ": " + summary + "]";
    }

    /** Whether the term cannot be applied without the system's range. */
    public abstract boolean isNeedsRange();

    /** Whether the term cannot be applied without the system's payload. */
    public abstract boolean isNeedsPayload();

    /** The check the term's "exceeded" or "within" rule records for a system. */
    public abstract TermOutcome check(String rule, SystemFact system, boolean violated);

    /** The limit to quote when a needed field was not declared. */
    abstract double headlineLimit();

    abstract String headlineUnit();

    protected TermOutcome check(String rule, String field, Double actual, double limit, String unit, boolean violated,
                          String how, boolean interpolated) {
        return check(rule, field, actual, limit, unit, violated, () -> how, interpolated);
    }

    /** A check whose explanation ({@code how}) and message are built only if shown. */
    protected TermOutcome check(String rule, String field, Double actual, double limit, String unit, boolean violated,
                          java.util.function.Supplier<String> how, boolean interpolated) {
        return new TermOutcome(rule, revision, field, actual, limit, unit, violated, how, interpolated, citation,
                basis.reading(), () -> {
                    String explanation = how.get();
                    return TermOutcome.describe(field, actual, limit, unit, violated)
                            + (explanation.isEmpty() ? "" : "; " + explanation);
                });
    }

    /** As {@link #undeclared(String, String, SystemFact)}, for rules that do not pass the system (older rule folders). */
    public TermOutcome undeclared(String rule, String field) {
        return check(rule, field, null, headlineLimit(), headlineUnit(), true, "", false);
    }

    /** A needed field was not declared: compliance cannot be shown, so the term counts as failed. */
    public TermOutcome undeclared(String rule, String field, SystemFact system) {
        return check(rule, field, null, headlineLimit(), headlineUnit(), true, "", false).of(system, this, TermOutcome.Made.UNDECLARED);
    }

    static TermFact of(Revision revision, SystemType type, Term term) {
        String id = revision.id();
        if (term instanceof Term.RangeCap t) {
            return new RangeCap(id, type, t);
        } else if (term instanceof Term.PayloadCap t) {
            return new PayloadCap(id, type, t);
        } else if (term instanceof Term.PayloadTradeoff t) {
            return new PayloadTradeoff(id, type, t);
        } else if (term instanceof Term.PayloadCapBeyondRange t) {
            return new PayloadCapBeyondRange(id, type, t);
        } else if (term instanceof Term.ImpulseCap t) {
            return new ImpulseCap(id, type, t);
        }
        throw new IllegalArgumentException("unknown term " + term);
    }

    public static final class RangeCap extends TermFact {
        private final double maxKm;

        RangeCap(String revision, SystemType type, Term.RangeCap term) {
            super(revision, type, term);
            this.maxKm = term.max().value();
        }

        public double getMaxKm() {
            return maxKm;
        }

        public boolean isNeedsRange() {
            return true;
        }

        public boolean isNeedsPayload() {
            return false;
        }

        double headlineLimit() {
            return maxKm;
        }

        String headlineUnit() {
            return "km";
        }

        public TermOutcome check(String rule, SystemFact system, boolean violated) {
            return check(rule, "range", system.getRangeKm(), maxKm, "km", violated, "", false).of(system, this, TermOutcome.Made.CHECK);
        }
    }

    public static final class PayloadCap extends TermFact {
        private final double maxKg;

        PayloadCap(String revision, SystemType type, Term.PayloadCap term) {
            super(revision, type, term);
            this.maxKg = term.max().value();
        }

        public double getMaxKg() {
            return maxKg;
        }

        public boolean isNeedsRange() {
            return false;
        }

        public boolean isNeedsPayload() {
            return true;
        }

        double headlineLimit() {
            return maxKg;
        }

        String headlineUnit() {
            return "kg";
        }

        public TermOutcome check(String rule, SystemFact system, boolean violated) {
            return check(rule, "payload", system.getPayloadKg(), maxKg, "kg", violated, "", false).of(system, this, TermOutcome.Made.CHECK);
        }
    }

    public static final class PayloadTradeoff extends TermFact {
        private final Term.PayloadTradeoff term;

        PayloadTradeoff(String revision, SystemType type, Term.PayloadTradeoff term) {
            super(revision, type, term);
            this.term = term;
        }

        /** The payload limit in kg at a range in km, on the curve. */
        public double limitAt(double rangeKm) {
            return term.limitAt(rangeKm);
        }

        public boolean isNeedsRange() {
            return true;
        }

        public boolean isNeedsPayload() {
            return true;
        }

        double headlineLimit() {
            return term.points().get(0).payload().value();
        }

        String headlineUnit() {
            return "kg";
        }

        public TermOutcome check(String rule, SystemFact system, boolean violated) {
            double range = system.getRangeKm();
            return check(rule, "payload", system.getPayloadKg(), term.limitAt(range), "kg", violated,
                    () -> "limit at " + mgc.units.Numbers.format(range) + " km, " + term.basisAt(range),
                    term.interpolatedAt(range)).of(system, this, TermOutcome.Made.CHECK);
        }
    }

    public static final class PayloadCapBeyondRange extends TermFact {
        private final Term.PayloadCapBeyondRange term;
        private final String applies;
        private final String appliesOnly;

        PayloadCapBeyondRange(String revision, SystemType type, Term.PayloadCapBeyondRange term) {
            super(revision, type, term);
            this.term = term;
            this.applies = "the cap applies at range " + (term.inclusive() ? ">= " : "> ") + term.threshold().display();
            this.appliesOnly = "payload cap of " + term.max().display() + " applies only at range "
                    + (term.inclusive() ? ">= " : "> ") + term.threshold().display();
        }

        /** Whether the payload cap applies at this range (threshold inclusive or not, per the term). */
        public boolean appliesAt(double rangeKm) {
            return term.appliesAt(rangeKm);
        }

        public double getMaxKg() {
            return term.max().value();
        }

        public boolean isNeedsRange() {
            return true;
        }

        public boolean isNeedsPayload() {
            return true;
        }

        double headlineLimit() {
            return term.max().value();
        }

        String headlineUnit() {
            return "kg";
        }

        public TermOutcome check(String rule, SystemFact system, boolean violated) {
            return check(rule, "payload", system.getPayloadKg(), term.max().value(), "kg", violated, applies, false).of(system, this, TermOutcome.Made.CHECK);
        }

        /** The system is short of the threshold, so no payload cap applies: recorded to explain the verdict. */
        public TermOutcome belowThreshold(String rule, SystemFact system) {
            double threshold = term.threshold().value();
            double range = system.getRangeKm();
            return new TermOutcome(rule, getRevision(), "range", range, threshold, "km", false,
                    () -> appliesOnly, false, citation(), basis().reading(),
                    () -> "range " + mgc.units.Numbers.format(range) + " km is " + (term.inclusive() ? "below " : "not over ")
                            + mgc.units.Numbers.format(threshold) + " km, so no payload cap applies (margin "
                            + mgc.units.Numbers.format(threshold - range) + " km)").of(system, this, TermOutcome.Made.BELOW_THRESHOLD);
        }
    }

    public static final class ImpulseCap extends TermFact {
        private final Term.ImpulseCap term;
        private final String covered;

        ImpulseCap(String revision, SystemType type, Term.ImpulseCap term) {
            super(revision, type, term);
            this.term = term;
            this.covered = String.join("/", term.propellants().stream().map(Propellant::id).sorted().toList());
        }

        public boolean appliesTo(Propellant propellant) {
            return term.propellants().contains(propellant);
        }

        public double getMaxNs() {
            return term.max().value();
        }

        public boolean isNeedsRange() {
            return false;
        }

        public boolean isNeedsPayload() {
            return false;
        }

        double headlineLimit() {
            return term.max().value();
        }

        String headlineUnit() {
            return "N*s";
        }

        public TermOutcome check(String rule, SystemFact system, boolean violated) {
            return check(rule, "total_impulse", system.getImpulseNs(), term.max().value(), "N*s", violated,
                    "cap for " + covered + " propellant", false).of(system, this, TermOutcome.Made.CHECK);
        }

        /** The propellant is not one the cap covers: recorded to explain the verdict. */
        public TermOutcome notCovered(String rule, SystemFact system) {
            Propellant propellant = system.getPropellant();
            return new TermOutcome(rule, getRevision(), "propellant", null, term.max().value(), "N*s", false,
                    () -> "", false, citation(), basis().reading(),
                    () -> "propellant " + propellant.id() + " is not covered by the total impulse cap (applies to "
                            + covered + ")").of(system, this, TermOutcome.Made.NOT_COVERED);
        }
    }
}
