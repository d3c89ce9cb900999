package mgc.capability.flight;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mgc.capability.BallisticRange;
import mgc.capability.RangeModel;
import mgc.units.Numbers;

/**
 * The flight model: each payload's range is that of an integrated flight (see {@link Flight})
 * with the pitch-over kick that flies it farthest. The kick is optimised at payloads spaced
 * 1/{@value #KICK_NODES} of the empty launch mass apart and interpolated between them; range is
 * flat at its best kick, so an interpolated kick costs far less than the model's accuracy (and
 * only ever shortens the flight, never lengthens it). Flights are remembered, so asking again
 * for a payload costs nothing. Safe to share between threads.
 */
public final class FlightModel implements RangeModel {

    public static final String ID = "flight";
    static final int KICK_NODES = 32;

    private final FlightVehicle vehicle;
    private final double nodeStepKg;
    private final Map<Integer, Double> kickAtNode = new ConcurrentHashMap<>();
    private final Map<Double, BallisticRange.Reach> reachByPayload = new ConcurrentHashMap<>();

    public FlightModel(FlightVehicle vehicle) {
        this.vehicle = vehicle;
        this.nodeStepKg = vehicle.launchMass(0) / KICK_NODES;
    }

    public FlightVehicle vehicle() {
        return vehicle;
    }

    @Override
    public BallisticRange.Reach reach(double payloadKg) {
        if (!(payloadKg >= 0)) {
            throw new IllegalArgumentException("payload must be 0 or more, got " + payloadKg);
        }
        return reachByPayload.computeIfAbsent(payloadKg, this::fly);
    }

    private BallisticRange.Reach fly(double payloadKg) {
        double position = payloadKg / nodeStepKg;
        int node = (int) Math.floor(position);
        double fraction = position - node;
        double kick = fraction == 0 ? kick(node) : kick(node) + fraction * (kick(node + 1) - kick(node));
        Flight.Outcome outcome = Flight.fly(vehicle, payloadKg, kick);
        return outcome.orbital() ? BallisticRange.Reach.orbit() : new BallisticRange.Reach(outcome.rangeKm(), false);
    }

    private double kick(int node) {
        return kickAtNode.computeIfAbsent(node, n -> PitchOver.best(vehicle, n * nodeStepKg).kickRad());
    }

    @Override
    public double launchMass(double payloadKg) {
        return vehicle.launchMass(payloadKg);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> assumptions() {
        List<String> lines = new java.util.ArrayList<>(modelLines());
        weakUpperStages().ifPresent(lines::add);
        return lines;
    }

    /**
     * A gravity turn cannot hold height through a burn whose thrust is below the weight (real
     * vehicles steer upwards), so for such upper stages the range is understated: say so.
     */
    private java.util.Optional<String> weakUpperStages() {
        List<Burn> burns = vehicle.burns();
        double above = 0;
        StringBuilder weak = new StringBuilder();
        for (int i = burns.size() - 1; i >= 1; i--) {
            double mass = burns.get(i).grossKg() + above;
            above = mass;
            double ratio = burns.get(i).thrustN() / (mass * FlightEquations.G0);
            if (ratio < 1) {
                weak.insert(0, (weak.length() == 0 ? "" : ", ") + "stage " + (i + 1) + " (thrust/weight "
                        + Numbers.format(Math.round(ratio * 100) / 100.0) + " at ignition with no payload)");
            }
        }
        return weak.length() == 0 ? java.util.Optional.empty() : java.util.Optional.of("caution: " + weak
                + " has less thrust than weight; the gravity turn loses height through such a burn where a real vehicle"
                + " steers upwards, so this model understates the range of such a rocket");
    }

    private List<String> modelLines() {
        int n = vehicle.burns().size();
        return List.of(
                "model: flight (every stage has a burn_time and the system a diameter): a 2-D point-mass flight integrated stage by stage"
                        + " with the Dormand-Prince 8(5,3) integrator of Apache Commons Math 3.6.1 (relative tolerance 1e-8), stopped at impact",
                "Earth: a round, non-rotating sphere (R = 6,371 km), inverse-square gravity (mu = 3.986e14 m^3/s^2); no rotation, so no"
                        + " eastward gain or loss",
                "atmosphere: US Standard Atmosphere 1976 (NOAA-S/T 76-1562), density and speed of sound to 86 km, no air above;"
                        + " air at rest (no wind)",
                "drag: " + vehicle.drag() + "; reference area pi d^2 / 4 = " + Numbers.format(round(vehicle.referenceAreaM2()))
                        + " m^2 from the diameter of " + Numbers.format(vehicle.diameterM()) + " m; on the whole remaining vehicle"
                        + " throughout, re-entry included (the payload is not separated)",
                "thrust: " + n + " stage" + (n == 1 ? "" : "s") + ", each burning its propellant at a constant rate over its burn_time,"
                        + " thrust = flow * Isp * g0 (g0 = 9.80665 m/s^2); " + ispTreatment() + ";"
                        + " spent stages dropped at burnout, the next ignites at once; the last stage stays with the payload to impact",
                "pitch programme: vertical rise for " + Numbers.format(Flight.VERTICAL_RISE_S) + " s (or the first burn, if shorter),"
                        + " then a kick turning the velocity from the vertical, then a zero-lift gravity turn (thrust along the velocity);"
                        + " the kick is chosen to maximise range (scan of 0.5-60 degrees, then Brent's method), optimised every "
                        + Numbers.format(round(nodeStepKg)) + " kg of payload and interpolated between",
                "not modelled: Earth's rotation, lift and angle of attack, residual (unburned) propellant, thrust build-up and tail-off,"
                        + " guidance and range-control cut-off, lofted or depressed trajectories");
    }

    /** How the stages' Isp is flown, in words. */
    private String ispTreatment() {
        long withVacuum = vehicle.burns().stream().filter(b -> b.vacuumIspS() > b.ispS()).count();
        String fixed = "the Isp given is used throughout, so a sea-level Isp (the figure published for first stages)"
                + " understates thrust higher up and the range is low on that count";
        if (withVacuum == 0) {
            return fixed;
        }
        StringBuilder exits = new StringBuilder();
        List<Burn> burns = vehicle.burns();
        for (int i = 0; i < burns.size(); i++) {
            Burn b = burns.get(i);
            if (b.vacuumIspS() > b.ispS()) {
                exits.append(exits.length() == 0 ? "" : ", ").append("stage ").append(i + 1).append(" A_e = ")
                        .append(Numbers.format(round(b.exitAreaM2()))).append(" m^2, thrust ")
                        .append(Numbers.format(Math.round(b.thrustN() / 100) / 10.0)).append(" kN at sea level, ")
                        .append(Numbers.format(Math.round(b.thrustN(0) / 100) / 10.0)).append(" kN in vacuum");
            }
        }
        return "where a stage gives vacuum_isp, isp is its sea-level figure and thrust is F = F_vac - p * A_e (Sutton & Biblarz,"
                + " thrust equation), the nozzle exit area A_e = flow * g0 * (Isp_vac - Isp_sl) / p0 following from the two figures ("
                + exits + "; " + withVacuum + " of " + burns.size() + " stages); elsewhere " + fixed;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
