package mgc.engine;

import mgc.spec.Propellant;
import mgc.spec.SystemType;

/**
 * A system as the rule engine sees it: canonical numbers (km, kg, N*s) with flags for what was
 * declared. A JavaBean because DRL constraints read properties through getters.
 */
public final class SystemFact {

    private final SystemType type;
    private final boolean rangeGiven;
    private final double rangeKm;
    private final boolean payloadGiven;
    private final double payloadKg;
    private final Propellant propellant;
    private final boolean impulseGiven;
    private final double impulseNs;
    /**
     * The three values boxed, as the outcomes quote them ({@link TermFact}): the boxes the system
     * was made with, so the twenty-odd outcomes of a system do not box them again each.
     */
    private final Double rangeQuoted;
    private final Double payloadQuoted;
    private final Double impulseQuoted;

    public SystemFact(SystemType type, Double rangeKm, Double payloadKg, Propellant propellant, Double impulseNs) {
        this.type = type;
        this.rangeGiven = rangeKm != null;
        this.rangeKm = rangeKm == null ? 0 : rangeKm;
        this.payloadGiven = payloadKg != null;
        this.payloadKg = payloadKg == null ? 0 : payloadKg;
        this.propellant = propellant;
        this.impulseGiven = impulseNs != null;
        this.impulseNs = impulseNs == null ? 0 : impulseNs;
        this.rangeQuoted = rangeKm == null ? Double.valueOf(this.rangeKm) : rangeKm;
        this.payloadQuoted = payloadKg == null ? Double.valueOf(this.payloadKg) : payloadKg;
        this.impulseQuoted = impulseNs == null ? Double.valueOf(this.impulseNs) : impulseNs;
    }

    /** {@link #getRangeKm()} boxed. */
    Double rangeQuoted() {
        return rangeQuoted;
    }

    /** {@link #getPayloadKg()} boxed. */
    Double payloadQuoted() {
        return payloadQuoted;
    }

    /** {@link #getImpulseNs()} boxed. */
    Double impulseQuoted() {
        return impulseQuoted;
    }

    public SystemType getType() {
        return type;
    }

    public boolean isRangeGiven() {
        return rangeGiven;
    }

    public double getRangeKm() {
        return rangeKm;
    }

    public boolean isPayloadGiven() {
        return payloadGiven;
    }

    public double getPayloadKg() {
        return payloadKg;
    }

    public Propellant getPropellant() {
        return propellant;
    }

    public boolean isPropellantGiven() {
        return propellant != null;
    }

    public boolean isImpulseGiven() {
        return impulseGiven;
    }

    public double getImpulseNs() {
        return impulseNs;
    }

    /** How the system shows in an explanation, with only what was declared. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("System[").append(type.id());
        if (rangeGiven) {
            text.append(", range ").append(mgc.units.Numbers.format(rangeKm)).append(" km");
        }
        if (payloadGiven) {
            text.append(", payload ").append(mgc.units.Numbers.format(payloadKg)).append(" kg");
        }
        if (propellant != null) {
            text.append(", ").append(propellant.id()).append(" propellant");
        }
        if (impulseGiven) {
            text.append(", total impulse ").append(mgc.units.Numbers.format(impulseNs)).append(" N*s");
        }
        return text.append(']').toString();
    }
}
