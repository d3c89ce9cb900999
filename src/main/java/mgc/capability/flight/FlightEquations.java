package mgc.capability.flight;

import mgc.capability.BallisticRange;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;

/**
 * Point-mass motion in the plane of flight over a round, non-rotating Earth, in Earth-centred
 * coordinates (launch point at (0, R), downrange towards +x). State: x, y (m), vx, vy (m/s),
 * mass (kg), range angle (rad). Forces: inverse-square gravity, thrust along the velocity (a
 * gravity turn; straight up while the rocket is at rest) and drag against the velocity, with
 * the air at rest (no rotation, no wind). One instance per burn or coast phase.
 */
final class FlightEquations implements FirstOrderDifferentialEquations {

    static final double G0 = 9.80665;
    static final double MU = BallisticRange.MU;
    static final double RADIUS_M = BallisticRange.EARTH_RADIUS_KM * 1000;

    private final Burn burn;
    private final double flowKgS;
    private final double area;
    private final DragCurve drag;

    /** @param burn the stage burning, or null for a coast */
    FlightEquations(Burn burn, double areaM2, DragCurve drag) {
        this.burn = burn;
        this.flowKgS = burn == null ? 0 : burn.flowKgS();
        this.area = areaM2;
        this.drag = drag;
    }

    @Override
    public int getDimension() {
        return 6;
    }

    @Override
    public void computeDerivatives(double t, double[] s, double[] d) {
        double x = s[0];
        double y = s[1];
        double vx = s[2];
        double vy = s[3];
        double m = s[4];
        double r2 = x * x + y * y;
        double r = StrictMath.sqrt(r2);
        double v = StrictMath.sqrt(vx * vx + vy * vy);
        double ux = v > 0 ? vx / v : x / r;
        double uy = v > 0 ? vy / v : y / r;
        StandardAtmosphere.Air air = StandardAtmosphere.at(r - RADIUS_M);
        double dragN = air.densityKgM3() > 0 ? 0.5 * air.densityKgM3() * v * v * area * drag.at(v / air.speedOfSoundMs()) : 0;
        double thrustN = burn == null ? 0 : burn.thrustN(air.pressurePa());
        double along = (thrustN - dragN) / m;
        double g = MU / (r2 * r);
        d[0] = vx;
        d[1] = vy;
        d[2] = along * ux - g * x;
        d[3] = along * uy - g * y;
        d[4] = -flowKgS;
        d[5] = (vx * y - vy * x) / r2;
    }
}
