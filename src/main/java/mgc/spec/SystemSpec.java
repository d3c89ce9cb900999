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
 * @param intervals the fields given as intervals ({@code range: 780..820 km}), by field name
 *                  ({@code range}, {@code payload}, {@code total_impulse}); such a field's point
 *                  value above is empty, and the system is checked over the whole box
 */
public record SystemSpec(String name, SystemType type, Optional<Quantity> range, Optional<Quantity> payload,
                         Optional<Propellant> propellant, Optional<Quantity> totalImpulse,
                         Location location, Map<String, Location> fieldLocations, Optional<Staging> staging,
                         Map<String, Interval> intervals) {

    /** The fields that may be given as an interval. */
    public static final java.util.List<String> INTERVAL_FIELDS = java.util.List.of("range", "payload", "total_impulse");

    public SystemSpec {
        // A reader's view of its node's locations is read-only already (FieldLocations); anything else is copied.
        fieldLocations = fieldLocations instanceof FieldLocations ? fieldLocations : Map.copyOf(fieldLocations);
        intervals = Map.copyOf(intervals);
    }

    /** A system whose figures are all points. */
    public SystemSpec(String name, SystemType type, Optional<Quantity> range, Optional<Quantity> payload,
                      Optional<Propellant> propellant, Optional<Quantity> totalImpulse,
                      Location location, Map<String, Location> fieldLocations, Optional<Staging> staging) {
        this(name, type, range, payload, propellant, totalImpulse, location, fieldLocations, staging, Map.of());
    }

    /** A system without stages: checked on its declared point only. */
    public SystemSpec(String name, SystemType type, Optional<Quantity> range, Optional<Quantity> payload,
                      Optional<Propellant> propellant, Optional<Quantity> totalImpulse,
                      Location location, Map<String, Location> fieldLocations) {
        this(name, type, range, payload, propellant, totalImpulse, location, fieldLocations, Optional.empty());
    }

    /** True when some figure is an interval: the verdict is then found over the whole box (mgc.compare.BoxAnalysis). */
    public boolean uncertain() {
        return !intervals.isEmpty();
    }

    /** The field's interval, when it was given as one. */
    public Optional<Interval> interval(String field) {
        return Optional.ofNullable(intervals.get(field));
    }

    /** The location of a field's value, or of the system when the field was not given. */
    public Location locationOf(String field) {
        return fieldLocations.getOrDefault(field, location);
    }
}
