package mgc.spec;

import mgc.units.Quantity;

/**
 * One rocket stage as loaded for flight, in canonical units (kg, kg, s). Validated on reading:
 * masses positive, propellant less than the gross mass, specific impulse positive.
 *
 * @param grossMass     the stage with its propellant, without the stages above it or the payload
 * @param propellantMass the propellant it burns
 * @param isp           effective specific impulse
 */
public record Stage(Quantity grossMass, Quantity propellantMass, Quantity isp) {}
