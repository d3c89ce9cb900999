package mgc.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.FieldReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.Node;
import mgc.units.Dimension;
import mgc.units.Quantity;

/**
 * Turns documents into validated {@link SystemSpec}s. A YAML file holds one system per document;
 * a JSON file one object or an array of them. A bad system is reported and skipped; the
 * others in the file are still read.
 */
public final class SpecReader {

    public static final List<String> FIELDS = List.of("name", "type", "range", "payload", "propellant", "total_impulse");

    /** What a file gave: its systems, and errors for the parts that could not be used. */
    public record Result(List<SystemSpec> systems, List<InputError> errors) {}

    public Result read(List<Node> documents) {
        List<SystemSpec> systems = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Node document : documents) {
            List<Node> items = document instanceof Node.ListNode list ? list.items() : List.of(document);
            if (document instanceof Node.ListNode list && list.items().isEmpty()) {
                errors.add(InputError.at(list.location(), null, "empty list: expected at least one system"));
            }
            for (Node item : items) {
                try {
                    systems.add(readSystem(item));
                } catch (InputException e) {
                    errors.addAll(e.errors());
                }
            }
        }
        return new Result(systems, errors);
    }

    /** Reads one system, reporting every problem in it at once. */
    public SystemSpec readSystem(Node node) throws InputException {
        List<InputError> errors = new ArrayList<>();
        Optional<FieldReader> maybe = FieldReader.of(node, "", errors);
        if (maybe.isEmpty()) {
            throw new InputException(errors);
        }
        FieldReader fields = maybe.get();
        fields.rejectUnknown(FIELDS);
        Optional<String> name = fields.text("name", true);
        Optional<SystemType> type = fields.choice("type", true, SystemType.byId());
        boolean required = type.map(SystemType::requiresRangeAndPayload).orElse(false);
        Optional<Quantity> range = fields.quantity("range", required, Dimension.LENGTH, v -> v > 0, "greater than 0");
        Optional<Quantity> payload = fields.quantity("payload", required, Dimension.MASS, v -> v >= 0, "0 or more");
        Optional<Propellant> propellant = fields.choice("propellant", false, Propellant.byId());
        Optional<Quantity> impulse = fields.quantity("total_impulse", false, Dimension.IMPULSE, v -> v >= 0, "0 or more");
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
            throw new InputException(errors);
        }
        Map<String, mgc.document.Location> locations = new HashMap<>();
        for (String field : FIELDS) {
            if (fields.has(field)) {
                locations.put(field, fields.locationOf(field));
            }
        }
        return new SystemSpec(name.orElseThrow(), type.orElseThrow(), range, payload, propellant, impulse,
                node.location(), locations);
    }
}
