package mgc.spec;

import java.util.Optional;
import mgc.units.Quantity;

/**
 * One rocket stage as loaded for flight, in canonical units (kg, kg, s, s). Validated on reading:
 * masses positive, propellant less than the gross mass, specific impulse and burn time positive.
 *
 * @param grossMass     the stage with its propellant, without the stages above it or the payload
 * @param propellantMass the propellant it burns
 * @param isp           effective specific impulse
 * @param burnTime      how long it burns, when given (the flight model needs it on every stage)
 * @param vacuumIsp     specific impulse in vacuum, when given (flight model only): {@code isp} is then the
 *                      sea-level figure and thrust rises as the ambient pressure falls
 */
public record Stage(Quantity grossMass, Quantity propellantMass, Quantity isp, Optional<Quantity> burnTime,
                    Optional<Quantity> vacuumIsp) {

    /** A stage without a burn time (the burnout model). */
    public Stage(Quantity grossMass, Quantity propellantMass, Quantity isp) {
        this(grossMass, propellantMass, isp, Optional.empty(), Optional.empty());
    }
}
