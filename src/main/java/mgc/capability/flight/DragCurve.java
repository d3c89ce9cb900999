package mgc.capability.flight;

import java.util.Arrays;
import mgc.units.Numbers;

/**
 * Zero-lift drag coefficient against Mach number, on the body's cross-section, linear between
 * the tabulated points and held at the end values outside them.
 *
 * <p>The default is the V-2's measured curve at zero angle of attack from Sutton and Biblarz,
 * Rocket Propulsion Elements (figure of V-2 drag and lift coefficients against Mach number; 3rd
 * ed. p. 119), read at the points below from the digitisation in K. Niemeyer's course notes
 * (https://kyleniemeyer.github.io/rocket-propulsion/fundamentals/thrust-rocket-equation.html,
 * data https://github.com/kyleniemeyer/rocket-propulsion/blob/main/fundamentals/coefficient-drag.csv).
 * It is the published curve of a slender finned missile flown through the whole Mach range.
 */
public record DragCurve(double[] mach, double[] coefficient, String description) {

    private static final double[] V2_MACH = {0, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.16, 1.2, 1.3, 1.4, 1.5,
        1.6, 1.8, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5};
    private static final double[] V2_CD = {0.149, 0.150, 0.166, 0.185, 0.204, 0.238, 0.280, 0.320, 0.345, 0.390, 0.419,
        0.413, 0.384, 0.357, 0.326, 0.304, 0.263, 0.246, 0.227, 0.210, 0.194, 0.179, 0.166, 0.155, 0.150};

    public DragCurve {
        mach = mach.clone();
        coefficient = coefficient.clone();
        if (mach.length == 0 || mach.length != coefficient.length) {
            throw new IllegalArgumentException("need one drag coefficient per Mach number");
        }
        for (int i = 0; i < mach.length; i++) {
            if (!(coefficient[i] >= 0) || (i > 0 && !(mach[i] > mach[i - 1]))) {
                throw new IllegalArgumentException("Mach numbers must rise and coefficients be 0 or more");
            }
        }
    }

    @Override
    public double[] mach() {
        return mach.clone();
    }

    @Override
    public double[] coefficient() {
        return coefficient.clone();
    }

    /** The V-2 curve (the default). */
    public static DragCurve v2() {
        return new DragCurve(V2_MACH, V2_CD, "the V-2's zero-lift drag coefficient against Mach number (0.15 subsonic,"
                + " 0.42 at Mach 1.16, 0.15 at Mach 5.5), Sutton & Biblarz, Rocket Propulsion Elements, V-2 drag figure,"
                + " as digitised at https://github.com/kyleniemeyer/rocket-propulsion/blob/main/fundamentals/coefficient-drag.csv");
    }

    /** One coefficient at every Mach number, as the spec gives it. */
    public static DragCurve constant(double cd) {
        return new DragCurve(new double[] {0}, new double[] {cd}, "a constant drag coefficient of " + Numbers.format(cd)
                + " (from the spec) at every Mach number");
    }

    /** The coefficient at a Mach number. */
    public double at(double machNumber) {
        if (machNumber <= mach[0]) {
            return coefficient[0];
        }
        int last = mach.length - 1;
        if (machNumber >= mach[last]) {
            return coefficient[last];
        }
        int i = Arrays.binarySearch(mach, machNumber);
        if (i >= 0) {
            return coefficient[i];
        }
        int upper = -i - 1;
        double f = (machNumber - mach[upper - 1]) / (mach[upper] - mach[upper - 1]);
        return coefficient[upper - 1] + f * (coefficient[upper] - coefficient[upper - 1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DragCurve d && Arrays.equals(mach, d.mach) && Arrays.equals(coefficient, d.coefficient);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mach) + Arrays.hashCode(coefficient);
    }

    @Override
    public String toString() {
        return description;
    }
}
