package mgc.capability.flight;

/**
 * One stage as the flight model flies it: constant propellant flow for the burn time, constant
 * thrust flow x Isp x g0, the structure dropped at once at burnout.
 *
 * @param grossKg      the stage with its propellant, without the stages above or the payload
 * @param propellantKg the propellant it burns
 * @param ispS         specific impulse, s, used for the whole burn
 * @param burnTimeS    burn time, s
 * @param vacuumIspS   specific impulse in vacuum, s ({@code ispS} is then the sea-level figure); equal to
 *                     {@code ispS} when only one figure is known
 */
public record Burn(double grossKg, double propellantKg, double ispS, double burnTimeS, double vacuumIspS) {

    public Burn {
        if (!(grossKg > 0 && propellantKg > 0 && propellantKg < grossKg && ispS > 0 && burnTimeS > 0 && vacuumIspS >= ispS)) {
            throw new IllegalArgumentException("need 0 < propellant < gross mass, Isp > 0, burn time > 0 and vacuum Isp >= Isp");
        }
    }

    /** A stage whose Isp is used at every altitude. */
    public Burn(double grossKg, double propellantKg, double ispS, double burnTimeS) {
        this(grossKg, propellantKg, ispS, burnTimeS, ispS);
    }

    /**
     * Thrust at an ambient pressure, N. A nozzle's thrust is its vacuum thrust less ambient pressure
     * times its exit area, so it falls linearly with pressure from the vacuum figure to the sea-level
     * one: F = flow * g0 * (Isp_vac - (Isp_vac - Isp_sl) * p / p0). Without a vacuum Isp both are the same.
     */
    public double thrustN(double ambientPa) {
        double isp = vacuumIspS - (vacuumIspS - ispS) * ambientPa / StandardAtmosphere.SEA_LEVEL_PA;
        return flowKgS() * isp * FlightEquations.G0;
    }

    /**
     * The nozzle exit area the two Isp figures imply, m²: F_vac − F_sl = p0 · A_e, so
     * A_e = flow · g0 · (Isp_vac − Isp_sl) / p0 (0 when only one figure is known). Printed so a
     * reader can hold it against the nozzle's size.
     */
    public double exitAreaM2() {
        return flowKgS() * FlightEquations.G0 * (vacuumIspS - ispS) / StandardAtmosphere.SEA_LEVEL_PA;
    }

    public double flowKgS() {
        return propellantKg / burnTimeS;
    }

    /** Thrust at sea level, N. */
    public double thrustN() {
        return thrustN(StandardAtmosphere.SEA_LEVEL_PA);
    }

    public double structureKg() {
        return grossKg - propellantKg;
    }
}
