package mgc.spec;

import java.util.Map;
import java.util.Optional;
import mgc.document.Location;
import mgc.units.Quantity;

/**
 * One proposed system, validated and in canonical units. Optional fields are empty when the
 * user did not give them; nothing is defaulted here.
 *
 * @param location where the system's mapping starts
 * @param fieldLocations where each given field's value is, for reports that point at a line
 * @param staging the stages and losses, when given, for the capability model (mgc.capability)
 */
public record SystemSpec(String name, SystemType type, Optional<Quantity> range, Optional<Quantity> payload,
                         Optional<Propellant> propellant, Optional<Quantity> totalImpulse,
                         Location location, Map<String, Location> fieldLocations, Optional<Staging> staging) {

    public SystemSpec {
        fieldLocations = Map.copyOf(fieldLocations);
    }

    /** A system without stages: checked on its declared point only. */
    public SystemSpec(String name, SystemType type, Optional<Quantity> range, Optional<Quantity> payload,
                      Optional<Propellant> propellant, Optional<Quantity> totalImpulse,
                      Location location, Map<String, Location> fieldLocations) {
        this(name, type, range, payload, propellant, totalImpulse, location, fieldLocations, Optional.empty());
    }

    /** The location of a field's value, or of the system when the field was not given. */
    public Location locationOf(String field) {
        return fieldLocations.getOrDefault(field, location);
    }
}
