package mgc.capability;

import java.util.List;
import mgc.units.Numbers;

/**
 * The burnout model: the ideal rocket equation less a fixed loss, then the best vacuum ballistic
 * arc from burnout at the surface. With no losses given it ignores gravity and drag, so its ranges
 * are upper bounds, not estimates.
 */
public record BurnoutModel(RocketEquation rocket, boolean lossesGiven) implements RangeModel {

    public static final String ID = "burnout";

    @Override
    public BallisticRange.Reach reach(double payloadKg) {
        return BallisticRange.reach(rocket.burnoutSpeed(payloadKg));
    }

    @Override
    public double launchMass(double payloadKg) {
        return rocket.launchMass(payloadKg);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> assumptions() {
        int n = rocket.stageCount();
        return List.of(
                "model: burnout (no burn_time and diameter given, so no flight is integrated); its ranges are upper bounds,"
                        + " a zero-loss range most of all (give every stage a burn_time and the system a diameter for the flight model)",
                "burnout speed: rocket equation stage by stage (" + n + " stage" + (n == 1 ? "" : "s") + "), dv = g0 * Isp * ln(m0 / mf),"
                        + " g0 = 9.80665 m/s^2, the payload carried to burnout of the last stage, spent stages dropped at once",
                lossesGiven
                        ? "losses: " + Numbers.format(rocket.lossesMs()) + " m/s (from the spec) subtracted from the burnout speed"
                        : "losses: " + Numbers.format(CapabilityOptions.DEFAULT_LOSSES_MS) + " m/s (none given: the default; real flights"
                                + " lose several hundred m/s to gravity and drag, so every range is an upper bound)",
                "range: spherical non-rotating Earth without atmosphere (R = 6,371 km, mu = 3.986e14 m^3/s^2),"
                        + " burnout at the surface, best flight-path angle (Bate, Mueller & White 1971, eqs. 6.2-18 and 6.2-20)");
    }
}
