package mgc.capability.flight;

import java.util.List;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * One flight of a vehicle with a payload and a pitch-over kick: a vertical rise, then at the end
 * of the rise the velocity is turned from the vertical by the kick angle, then a gravity turn
 * (thrust along the velocity) through every stage's burn, spent stages dropped at burnout (the
 * last stays with the payload: a missile like the Scud does not separate its warhead), then a
 * coast to impact. Integrated by Apache Commons Math's Dormand-Prince 8(5,3) with an event that
 * stops at the surface.
 */
public final class Flight {

    /** Vertical rise before the kick, s (or the first stage's burn, if shorter). */
    public static final double VERTICAL_RISE_S = 5;
    /** The longest coast followed, s; a ballistic flight over the whole Earth takes under an hour. */
    private static final double COAST_LIMIT_S = 20_000;

    private Flight() {}

    /**
     * Where a flight ends.
     *
     * @param rangeKm       ground range to impact along the surface, km (half the circumference at most)
     * @param orbital       the last burnout leaves it on an orbit that never enters the atmosphere (or escaping)
     * @param burnoutSpeedMs speed at the last burnout, m/s
     */
    public record Outcome(double rangeKm, boolean orbital, double burnoutSpeedMs) {}

    /** Flies the vehicle with this payload and kick (radians from the vertical). */
    public static Outcome fly(FlightVehicle vehicle, double payloadKg, double kickRad) {
        List<Burn> burns = vehicle.burns();
        double[] s = {0, FlightEquations.RADIUS_M, 0, 0, vehicle.launchMass(payloadKg), 0};
        double surfaceGravity = FlightEquations.MU / (FlightEquations.RADIUS_M * FlightEquations.RADIUS_M);
        if (burns.get(0).thrustN() <= s[4] * surfaceGravity) {
            return new Outcome(0, false, 0); // thrust does not exceed the weight: it does not lift off
        }
        double area = vehicle.referenceAreaM2();
        double t = 0;
        for (int i = 0; i < burns.size(); i++) {
            Burn burn = burns.get(i);
            FlightEquations powered = new FlightEquations(burn, area, vehicle.drag());
            double end = t + burn.burnTimeS();
            if (i == 0) {
                double rise = Math.min(VERTICAL_RISE_S, burn.burnTimeS());
                integrator(false).integrate(powered, 0, s, rise, s);
                kick(s, kickRad);
                t = rise;
            }
            if (end > t) {
                FirstOrderIntegrator integrator = integrator(true);
                double stop = integrator.integrate(powered, t, s, end, s);
                if (stop < end) {
                    return new Outcome(rangeKm(s), false, speed(s)); // came down while burning
                }
            }
            t = end;
            if (i < burns.size() - 1) {
                s[4] -= burn.structureKg(); // spent stage dropped; the last stays with the payload
            }
        }
        double burnout = speed(s);
        if (neverReenters(s)) {
            return new Outcome(Math.PI * FlightEquations.RADIUS_M / 1000, true, burnout);
        }
        FlightEquations coast = new FlightEquations(null, area, vehicle.drag());
        double stop = integrator(true).integrate(coast, t, s, t + COAST_LIMIT_S, s);
        if (stop >= t + COAST_LIMIT_S) {
            return new Outcome(Math.PI * FlightEquations.RADIUS_M / 1000, true, burnout);
        }
        return new Outcome(rangeKm(s), false, burnout);
    }

    /** Turns the (vertical) velocity by the kick angle towards downrange. */
    private static void kick(double[] s, double kickRad) {
        double r = Math.hypot(s[0], s[1]);
        double v = Math.hypot(s[2], s[3]);
        double upX = s[0] / r;
        double upY = s[1] / r;
        // downrange horizontal: the up vector turned clockwise
        double c = StrictMath.cos(kickRad);
        double sn = StrictMath.sin(kickRad);
        s[2] = v * (c * upX + sn * upY);
        s[3] = v * (c * upY - sn * upX);
    }

    /** Whether the Kepler orbit from here stays above the atmosphere (or escapes): no impact. */
    private static boolean neverReenters(double[] s) {
        double r = Math.hypot(s[0], s[1]);
        double v2 = s[2] * s[2] + s[3] * s[3];
        double energy = v2 / 2 - FlightEquations.MU / r;
        if (energy >= 0) {
            return true;
        }
        double h = s[0] * s[3] - s[1] * s[2];
        double a = -FlightEquations.MU / (2 * energy);
        double e = StrictMath.sqrt(Math.max(0, 1 + 2 * energy * h * h / (FlightEquations.MU * FlightEquations.MU)));
        return a * (1 - e) > FlightEquations.RADIUS_M + StandardAtmosphere.TOP_M;
    }

    private static double rangeKm(double[] s) {
        return Math.min(Math.PI, Math.max(0, s[5])) * FlightEquations.RADIUS_M / 1000;
    }

    private static double speed(double[] s) {
        return Math.hypot(s[2], s[3]);
    }

    private static FirstOrderIntegrator integrator(boolean stopAtSurface) {
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, 500, 1e-3, 1e-8);
        if (stopAtSurface) {
            integrator.addEventHandler(new Impact(), 30, 1e-6, 100);
        }
        return integrator;
    }

    /** Stops the integration where the flight meets the surface. */
    private static final class Impact implements EventHandler {

        @Override
        public void init(double t0, double[] y0, double t) {}

        @Override
        public double g(double t, double[] y) {
            return Math.hypot(y[0], y[1]) - FlightEquations.RADIUS_M;
        }

        @Override
        public Action eventOccurred(double t, double[] y, boolean increasing) {
            return increasing ? Action.CONTINUE : Action.STOP;
        }

        @Override
        public void resetState(double t, double[] y) {}
    }
}
