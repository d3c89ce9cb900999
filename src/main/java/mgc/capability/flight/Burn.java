package mgc.capability.flight;

/**
 * One stage as the flight model flies it: constant propellant flow for the burn time, constant
 * thrust flow x Isp x g0, the structure dropped at once at burnout.
 *
 * @param grossKg      the stage with its propellant, without the stages above or the payload
 * @param propellantKg the propellant it burns
 * @param ispS         specific impulse, s, used for the whole burn
 * @param burnTimeS    burn time, s
 */
public record Burn(double grossKg, double propellantKg, double ispS, double burnTimeS) {

    public Burn {
        if (!(grossKg > 0 && propellantKg > 0 && propellantKg < grossKg && ispS > 0 && burnTimeS > 0)) {
            throw new IllegalArgumentException("need 0 < propellant < gross mass, Isp > 0 and burn time > 0");
        }
    }

    public double flowKgS() {
        return propellantKg / burnTimeS;
    }

    public double thrustN() {
        return flowKgS() * ispS * FlightEquations.G0;
    }

    public double structureKg() {
        return grossKg - propellantKg;
    }
}
