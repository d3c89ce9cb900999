package mgc.capability;

import java.util.ArrayList;
import java.util.List;
import mgc.spec.Stage;
import mgc.spec.Staging;

/**
 * Burnout speed of a staged rocket from the ideal rocket equation, stage by stage, with the
 * payload as part of the final mass: stage i starts with its own gross mass plus every stage
 * above it plus the payload (m0), and ends with m0 less its propellant (mf); its speed gain is
 * g0 * Isp * ln(m0 / mf). Losses (gravity, drag) are subtracted once from the sum. Spent stages
 * are dropped at once; no thrust, burn time or structural limit enters the model.
 */
public final class RocketEquation {

    /** Standard gravity, m/s^2, which defines specific impulse in seconds. */
    public static final double G0 = 9.80665;

    private final double[] gross;
    private final double[] propellant;
    private final double[] isp;
    private final double lossesMs;

    /**
     * @param grossKg      gross mass of each stage, first stage first
     * @param propellantKg propellant of each stage
     * @param ispS         effective specific impulse of each stage, s
     * @param lossesMs     gravity and drag losses, m/s
     */
    public RocketEquation(double[] grossKg, double[] propellantKg, double[] ispS, double lossesMs) {
        if (grossKg.length == 0 || grossKg.length != propellantKg.length || grossKg.length != ispS.length) {
            throw new IllegalArgumentException("need one gross mass, propellant mass and Isp per stage");
        }
        for (int i = 0; i < grossKg.length; i++) {
            if (!(grossKg[i] > 0 && propellantKg[i] > 0 && propellantKg[i] < grossKg[i] && ispS[i] > 0)) {
                throw new IllegalArgumentException("stage " + (i + 1) + ": need 0 < propellant < gross mass and Isp > 0");
            }
        }
        if (!(lossesMs >= 0)) {
            throw new IllegalArgumentException("losses must be 0 or more");
        }
        this.gross = grossKg.clone();
        this.propellant = propellantKg.clone();
        this.isp = ispS.clone();
        this.lossesMs = lossesMs;
    }

    /** The rocket of a spec's staging, with {@code lossesMs} as the losses. */
    public static RocketEquation of(Staging staging, double lossesMs) {
        List<Stage> stages = staging.stages();
        int n = stages.size();
        double[] gross = new double[n];
        double[] propellant = new double[n];
        double[] isp = new double[n];
        for (int i = 0; i < n; i++) {
            gross[i] = stages.get(i).grossMass().value();
            propellant[i] = stages.get(i).propellantMass().value();
            isp[i] = stages.get(i).isp().value();
        }
        return new RocketEquation(gross, propellant, isp, lossesMs);
    }

    public int stageCount() {
        return gross.length;
    }

    public double lossesMs() {
        return lossesMs;
    }

    /** The speed each stage adds with this payload, m/s, first stage first (before losses). */
    public List<Double> stageDeltaV(double payloadKg) {
        double[] byStage = new double[gross.length];
        double above = payloadKg;
        for (int i = gross.length - 1; i >= 0; i--) {
            double m0 = gross[i] + above;
            byStage[i] = G0 * isp[i] * StrictMath.log(m0 / (m0 - propellant[i]));
            above = m0;
        }
        List<Double> gains = new ArrayList<>(gross.length);
        for (double gain : byStage) {
            gains.add(gain);
        }
        return gains;
    }

    /** Ideal speed gain of all stages with this payload, m/s, before losses. */
    public double idealDeltaV(double payloadKg) {
        if (!(payloadKg >= 0)) {
            throw new IllegalArgumentException("payload must be 0 or more, got " + payloadKg);
        }
        double total = 0;
        for (double gain : stageDeltaV(payloadKg)) {
            total += gain;
        }
        return total;
    }

    /** Burnout speed with this payload, m/s: the ideal gain less the losses, never below 0. */
    public double burnoutSpeed(double payloadKg) {
        return Math.max(0, idealDeltaV(payloadKg) - lossesMs);
    }

    /** Launch mass with this payload, kg. */
    public double launchMass(double payloadKg) {
        double total = payloadKg;
        for (double g : gross) {
            total += g;
        }
        return total;
    }
}
