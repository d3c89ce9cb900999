package mgc.capability;

/**
 * Range of a ballistic flight over a spherical, non-rotating Earth without atmosphere, with
 * burnout at the surface and the best flight-path angle (Bate, Mueller and White, Fundamentals
 * of Astrodynamics, 1971, eqs. 6.2-18 and 6.2-20). With range angle psi = range / R and
 * Q = v^2 R / mu: Q = 2 sin(psi/2) / (1 + sin(psi/2)), so sin(psi/2) = Q / (2 - Q). At Q >= 1 the
 * speed is orbital or more and there is no finite ballistic range.
 *
 * <p>StrictMath, not Math: its results are the same on every JVM, so output stays byte-identical.
 */
public final class BallisticRange {

    /** Earth's gravitational parameter, m^3/s^2. */
    public static final double MU = 3.986e14;
    /** Mean Earth radius, km. */
    public static final double EARTH_RADIUS_KM = 6371.0;
    /** The farthest point on the sphere, km: half the circumference. */
    public static final double HALF_CIRCUMFERENCE_KM = Math.PI * EARTH_RADIUS_KM;

    private static final double RADIUS_M = EARTH_RADIUS_KM * 1000;

    private BallisticRange() {}

    /** Where a flight with this burnout speed lands, or that it does not (orbital speed). */
    public record Reach(double rangeKm, boolean orbital) {

        public static Reach orbit() {
            return new Reach(HALF_CIRCUMFERENCE_KM, true);
        }
    }

    /** The non-dimensional burnout parameter Q = v^2 R / mu. */
    public static double q(double speedMs) {
        return speedMs * speedMs * RADIUS_M / MU;
    }

    /** The maximum range for a burnout speed in m/s. */
    public static Reach reach(double speedMs) {
        if (!(speedMs >= 0)) {
            throw new IllegalArgumentException("speed must be 0 or more, got " + speedMs);
        }
        double q = q(speedMs);
        if (q >= 1) {
            return Reach.orbit();
        }
        double psi = 2 * StrictMath.asin(q / (2 - q));
        return new Reach(psi * EARTH_RADIUS_KM, false);
    }

    /** The burnout speed in m/s that reaches {@code rangeKm} at best, for 0 <= range < half the circumference. */
    public static double speedFor(double rangeKm) {
        if (!(rangeKm >= 0 && rangeKm < HALF_CIRCUMFERENCE_KM)) {
            throw new IllegalArgumentException("range must be from 0 to less than " + HALF_CIRCUMFERENCE_KM + " km, got " + rangeKm);
        }
        double s = StrictMath.sin(rangeKm / EARTH_RADIUS_KM / 2);
        double q = 2 * s / (1 + s);
        return StrictMath.sqrt(q * MU / RADIUS_M);
    }

    /** Surface gravity the model implies, mu / R^2, m/s^2 (for comparing with flat-Earth figures). */
    public static double surfaceGravity() {
        return MU / (RADIUS_M * RADIUS_M);
    }
}
