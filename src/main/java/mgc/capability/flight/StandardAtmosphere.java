package mgc.capability.flight;

/**
 * The US Standard Atmosphere 1976 (NOAA/NASA/USAF, NOAA-S/T 76-1562) from sea level to 86 km
 * geometric altitude: the seven layers of constant temperature gradient in geopotential altitude,
 * hydrostatic pressure, density from the ideal-gas law and speed of sound from the temperature.
 * Above 86 km the density is taken as zero (there it is below 7e-6 kg/m^3, under a millionth of
 * sea level, and its drag on a missile is negligible); below sea level the sea-level values apply.
 *
 * <p>StrictMath, not Math, so every JVM gives the same numbers.
 */
public final class StandardAtmosphere {

    /** Where the table ends, m (geometric), and the density is taken as zero. */
    public static final double TOP_M = 86_000;

    private static final double G0 = 9.80665;
    /** Specific gas constant of air, J/(kg K): R* / M0 = 8314.32 / 28.9644. */
    private static final double R_AIR = 287.0531;
    private static final double GAMMA = 1.4;
    /** Earth radius of the geopotential conversion, m. */
    private static final double R0 = 6_356_766;

    // Layer bases: geopotential altitude (m), temperature (K), lapse rate (K/m), pressure (Pa).
    private static final double[] BASE_H = {0, 11_000, 20_000, 32_000, 47_000, 51_000, 71_000};
    private static final double[] BASE_T = {288.15, 216.65, 216.65, 228.65, 270.65, 270.65, 214.65};
    private static final double[] LAPSE = {-0.0065, 0, 0.001, 0.0028, 0, -0.0028, -0.002};
    private static final double[] BASE_P = {101_325, 22_632.06, 5_474.889, 868.0187, 110.9063, 66.93887, 3.956420};

    private StandardAtmosphere() {}

    /** Air at one altitude. */
    public record Air(double densityKgM3, double speedOfSoundMs, double pressurePa) {}

    /** Sea-level pressure, Pa. */
    public static final double SEA_LEVEL_PA = 101_325;

    /** The air at a geometric altitude in m. */
    public static Air at(double altitudeM) {
        double z = Math.max(0, altitudeM);
        double h = R0 * z / (R0 + z);
        int layer = BASE_H.length - 1;
        while (layer > 0 && h < BASE_H[layer]) {
            layer--;
        }
        double dh = h - BASE_H[layer];
        double t = BASE_T[layer] + LAPSE[layer] * dh;
        double p = LAPSE[layer] == 0
                ? BASE_P[layer] * StrictMath.exp(-G0 * dh / (R_AIR * BASE_T[layer]))
                : BASE_P[layer] * StrictMath.pow(BASE_T[layer] / t, G0 / (R_AIR * LAPSE[layer]));
        double density = z >= TOP_M ? 0 : p / (R_AIR * t);
        return new Air(density, StrictMath.sqrt(GAMMA * R_AIR * t), z >= TOP_M ? 0 : p);
    }
}
