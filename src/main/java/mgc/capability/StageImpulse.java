package mgc.capability;

import java.util.Optional;
import mgc.spec.Stage;
import mgc.spec.Staging;
import mgc.spec.SystemSpec;
import mgc.units.Numbers;

/**
 * The total impulse the stages give, sum of propellant mass x Isp x g0, against the declared
 * {@code total_impulse}. A declared figure more than the threshold below the stages' is flagged,
 * as a declared range is; the capability check then applies impulse caps to the larger of the two
 * (a rocket's impulse is what its stages burn, whatever is declared).
 *
 * @param derivedNs  the stages' total impulse, N*s
 * @param declaredNs the declared total impulse, N*s, when given
 * @param shortfall  how far below the stages' figure the declared one is, as a fraction (negative when above)
 */
public record StageImpulse(double derivedNs, Optional<Double> declaredNs, double shortfall, double threshold, boolean flagged) {

    private static final double LBF_S = 4.4482216152605;

    public static StageImpulse of(SystemSpec spec, Staging staging, double threshold) {
        double derived = 0;
        for (Stage stage : staging.stages()) {
            derived += stage.propellantMass().value() * stage.isp().value() * RocketEquation.G0;
        }
        Optional<Double> declared = spec.totalImpulse().map(q -> q.value());
        double shortfall = declared.map(d -> 0.0).orElse(0.0);
        boolean flagged = false;
        if (declared.isPresent()) {
            shortfall = (derived - declared.get()) / derived;
            flagged = shortfall > threshold;
        }
        return new StageImpulse(derived, declared, shortfall, threshold, flagged);
    }

    /** The figure the impulse caps are checked on: the larger of the stages' and the declared. */
    public double checkedNs() {
        return Math.max(derivedNs, declaredNs.orElse(0.0));
    }

    public String describe() {
        String stages = "the stages give a total impulse of " + Numbers.format(Math.round(derivedNs)) + " N*s ("
                + Numbers.format(Math.round(derivedNs / LBF_S)) + " lbf*s; propellant x Isp x g0 summed over the stages)";
        if (declaredNs.isEmpty()) {
            return stages + "; none declared";
        }
        String declared = "declared " + Numbers.format(Math.round(declaredNs.get())) + " N*s ("
                + Numbers.format(Math.round(declaredNs.get() / LBF_S)) + " lbf*s); ";
        String percent = Numbers.format(Math.round(Math.abs(shortfall) * 1000) / 10.0) + "%";
        String limit = Numbers.format(Math.round(threshold * 1000) / 10.0) + "%";
        if (flagged) {
            return declared + stages + ": FLAGGED, the declared impulse is " + percent + " below what the stages give (threshold "
                    + limit + "); impulse caps are checked on the stages' figure";
        }
        return declared + stages + (shortfall < 0 ? ": the declared impulse is " + percent + " above the stages' figure"
                : ": consistent (declared " + percent + " below, threshold " + limit + ")");
    }
}
