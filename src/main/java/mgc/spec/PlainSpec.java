package mgc.spec;

import java.util.Map;
import java.util.Optional;
import mgc.document.Node;
import mgc.units.Dimension;
import mgc.units.Quantity;
import mgc.units.QuantityParser;

/**
 * The common spec read in one pass over its fields: a mapping of only name, type, range,
 * payload, propellant and total_impulse, each a plain valid value (a point figure, not an
 * interval), with what its type requires. That is what a batch of millions of lines is made of,
 * and the general reader's typed, validating lookups ({@code FieldReader}: a lookup and an
 * {@code Optional} or two for each field asked for, present or not) were a quarter of a worker's
 * time. It builds exactly the {@link SystemSpec} that {@link SpecReader#readGeneral} builds
 * (SpecReaderTest holds the two equal); anything else, above all anything wrong, is left to the
 * general reader, so every error is found and worded as before.
 */
final class PlainSpec {

    private PlainSpec() {}

    /** The spec, or null when the mapping is not plain (then the general reader reads it). */
    static SystemSpec read(Node.MapNode node) {
        String name = null;
        SystemType type = null;
        Quantity range = null;
        Quantity payload = null;
        Propellant propellant = null;
        Quantity impulse = null;
        for (Node.Field field : node.fields().values()) {
            if (!(field.value() instanceof Node.ScalarNode scalar)) {
                return null;
            }
            switch (field.key()) {
                case "name" -> {
                    if (scalar.kind() != Node.ScalarKind.STRING || scalar.text().isBlank()) {
                        return null;
                    }
                    name = scalar.text();
                }
                case "type" -> {
                    type = scalar.kind() == Node.ScalarKind.STRING ? SystemType.byId().get(scalar.text()) : null;
                    if (type == null) {
                        return null;
                    }
                }
                case "propellant" -> {
                    propellant = scalar.kind() == Node.ScalarKind.STRING ? Propellant.byId().get(scalar.text()) : null;
                    if (propellant == null) {
                        return null;
                    }
                }
                case "range" -> {
                    range = figure(scalar, Dimension.LENGTH);
                    if (range == null) {
                        return null;
                    }
                }
                case "payload" -> {
                    payload = figure(scalar, Dimension.MASS);
                    if (payload == null) {
                        return null;
                    }
                }
                case "total_impulse" -> {
                    impulse = figure(scalar, Dimension.IMPULSE);
                    if (impulse == null) {
                        return null;
                    }
                }
                default -> {
                    return null; // stages and the flight fields, an unknown field, a revision or scenario file
                }
            }
        }
        return spec(name, type, range, payload, propellant, impulse, node.location(), FieldLocations.of(node.fields()));
    }

    /**
     * The spec of a plain spec's fields, or null when they are not a whole one (no name or type,
     * or a type that needs range and payload without them). Shared with {@link PlainSpecLine}.
     */
    static SystemSpec spec(String name, SystemType type, Quantity range, Quantity payload, Propellant propellant,
                           Quantity impulse, mgc.document.Location location, FieldLocations fields) {
        if (name == null || type == null || (type.requiresRangeAndPayload() && (range == null || payload == null))) {
            return null;
        }
        return new SystemSpec(name, type, Optional.ofNullable(range), Optional.ofNullable(payload),
                Optional.ofNullable(propellant), Optional.ofNullable(impulse), location, fields, Optional.empty(), Map.of());
    }

    /** A point figure as the general reader reads it, or null for an interval, another kind or text it refuses. */
    private static Quantity figure(Node.ScalarNode scalar, Dimension dimension) {
        if (scalar.kind() != Node.ScalarKind.NUMBER && scalar.kind() != Node.ScalarKind.STRING) {
            return null;
        }
        return figure(scalar.text(), scalar.kind() == Node.ScalarKind.STRING, dimension);
    }

    /**
     * A plain figure written as {@code written} (a string when {@code quoted}): the value the general
     * reader reads, or null for an interval, text it refuses, or a value out of a plain spec's bounds
     * (a range above zero, a payload and a total impulse at or above). Shared with {@link PlainSpecLine}.
     */
    static Quantity figure(String written, boolean quoted, Dimension dimension) {
        if (quoted && written.contains("..")) {
            return null; // an interval
        }
        Quantity quantity;
        try {
            quantity = QuantityParser.parse(written, dimension);
        } catch (QuantityParser.QuantityException e) {
            return null;
        }
        boolean inBounds = dimension == Dimension.LENGTH ? quantity.value() > 0 : quantity.value() >= 0;
        return inBounds ? quantity : null;
    }
}
