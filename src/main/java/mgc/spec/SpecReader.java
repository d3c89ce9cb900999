package mgc.spec;

import java.util.ArrayList;
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

    public static final List<String> FIELDS = List.of("name", "type", "range", "payload", "propellant", "total_impulse",
            "stages", "losses", "diameter", "drag_coefficient");

    /** {@link #FIELDS} in the same order, for the membership test every field of every spec makes. */
    private static final java.util.Set<String> KNOWN_FIELDS = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(FIELDS));

    /** The fields of one item of {@code stages}. */
    public static final List<String> STAGE_FIELDS = List.of("gross_mass", "propellant_mass", "isp", "burn_time", "vacuum_isp");

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
        // The plain spec of a batch in one pass; anything else, and every error, the general way.
        SystemSpec plain = node instanceof Node.MapNode map ? PlainSpec.read(map) : null;
        return plain != null ? plain : readGeneral(node);
    }

    /** {@link #readSystem} through the typed, validating field reader, whatever the node. */
    SystemSpec readGeneral(Node node) throws InputException {
        List<InputError> errors = new ArrayList<>();
        Optional<FieldReader> maybe = FieldReader.of(node, "", errors);
        if (maybe.isEmpty()) {
            throw new InputException(errors);
        }
        FieldReader fields = maybe.get();
        // A revision (or scenario) file in a spec folder would otherwise be a screenful of
        // unknown-field errors; its own keys say what it is and how to pass it.
        if (!fields.has("type") && (fields.has("terms") || fields.has("extends"))) {
            throw new InputException(List.of(InputError.at(node.location(), null,
                    "this is a revision file (it has " + (fields.has("terms") ? "terms" : "extends")
                            + "), not a spec; pass it with --revision-file")));
        }
        if (!fields.has("type") && fields.has("expect") && (fields.has("system") || fields.has("spec") || fields.has("file"))) {
            throw new InputException(List.of(InputError.at(node.location(), null,
                    "this is a scenario file (it has expect), not a spec; run it with mgc test")));
        }
        fields.rejectUnknown(KNOWN_FIELDS);
        Optional<String> name = fields.text("name", true);
        Optional<SystemType> type = fields.choice("type", true, SystemType.byId());
        boolean required = type.map(SystemType::requiresRangeAndPayload).orElse(false);
        Map<String, Interval> intervals = new java.util.LinkedHashMap<>();
        Optional<Quantity> range = figure(fields, "range", required, Dimension.LENGTH, v -> v > 0, "greater than 0", intervals);
        Optional<Quantity> payload = figure(fields, "payload", required, Dimension.MASS, v -> v >= 0, "0 or more", intervals);
        Optional<Propellant> propellant = fields.choice("propellant", false, Propellant.byId());
        Optional<Quantity> impulse = figure(fields, "total_impulse", false, Dimension.IMPULSE, v -> v >= 0, "0 or more", intervals);
        Optional<Staging> staging = readStaging(fields, type);
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
            throw new InputException(errors);
        }
        // Every key is one of FIELDS here (rejectUnknown found no other), so the fields as written are the located ones;
        // SystemSpec keeps this view of them as it is.
        Map<String, mgc.document.Location> locations = FieldLocations.of(fields.node().fields());
        return new SystemSpec(name.orElseThrow(), type.orElseThrow(), range, payload, propellant, impulse,
                node.location(), locations, staging, intervals.isEmpty() ? Map.of() : intervals);
    }

    /**
     * A figure that may be uncertain: a quantity ({@code 800 km}), or an interval written
     * {@code 780..820 km} (one unit after the max applies to both ends; each end may carry its
     * own) or {@code {min: 780 km, max: 820 km}}. An interval goes into {@code intervals} and the
     * point value is empty. Each end must satisfy {@code valid}; min must not exceed max.
     */
    private static Optional<Quantity> figure(FieldReader fields, String key, boolean required, Dimension dimension,
                                             java.util.function.Predicate<Double> valid, String rule,
                                             Map<String, Interval> intervals) {
        Optional<mgc.document.Node> node = fields.get(key);
        if (node.isPresent() && node.get() instanceof mgc.document.Node.MapNode) {
            Optional<FieldReader> bounds = fields.child(key, true);
            if (bounds.isEmpty()) {
                return Optional.empty();
            }
            bounds.get().rejectUnknown(List.of("min", "max"));
            Optional<Quantity> min = bounds.get().quantity("min", true, dimension, valid, rule);
            Optional<Quantity> max = bounds.get().quantity("max", true, dimension, valid, rule);
            if (min.isPresent() && max.isPresent()) {
                interval(fields, key, min.get(), max.get(), intervals);
            }
            return Optional.empty();
        }
        // indexOf('.') first: most figures have no dot at all, and it is the cheaper scan.
        if (node.isPresent() && node.get() instanceof mgc.document.Node.ScalarNode scalar
                && scalar.kind() == mgc.document.Node.ScalarKind.STRING && scalar.text().indexOf('.') >= 0
                && scalar.text().contains("..")) {
            String text = scalar.text();
            // The last "..": "780...820" is "780." to "820", as the schema reads it.
            int dots = text.lastIndexOf("..");
            String low = text.substring(0, dots).strip();
            String high = text.substring(dots + 2).strip();
            if (low.isEmpty() || high.isEmpty()) {
                fields.error(key, "expected an interval \"<min>..<max> <unit>\" such as \"780..820 km\", got \"" + text + "\"");
                return Optional.empty();
            }
            // "780..820 km": the unit after the max is the unit of a bare min too.
            java.util.regex.Matcher unit = java.util.regex.Pattern.compile("\\S+\\s+(\\S+)").matcher(high);
            if (!low.contains(" ") && unit.matches()) {
                low = low + " " + unit.group(1);
            }
            try {
                Quantity min = mgc.units.QuantityParser.parse(low, dimension);
                Quantity max = mgc.units.QuantityParser.parse(high, dimension);
                if (!valid.test(min.value()) || !valid.test(max.value())) {
                    fields.error(key, "both ends must be " + rule + ", got " + text);
                    return Optional.empty();
                }
                interval(fields, key, min, max, intervals);
            } catch (mgc.units.QuantityParser.QuantityException e) {
                fields.error(key, "in the interval \"" + text + "\": " + e.getMessage());
            }
            return Optional.empty();
        }
        return fields.quantity(key, required, dimension, valid, rule);
    }

    private static void interval(FieldReader fields, String key, Quantity min, Quantity max, Map<String, Interval> intervals) {
        if (min.value() > max.value()) {
            fields.error(key, "an interval's min must not exceed its max, got min " + min.display() + " and max " + max.display());
            return;
        }
        intervals.put(key, new Interval(min, max));
    }

    /**
     * Reads {@code stages} (first stage first) and {@code losses}. Both are optional; losses without
     * stages, or stages on a system that does not fly a ballistic path, are errors rather than
     * being ignored.
     */
    private static Optional<Staging> readStaging(FieldReader fields, Optional<SystemType> type) {
        if (!fields.has("stages") && !fields.has("losses") && !fields.has("diameter") && !fields.has("drag_coefficient")) {
            return Optional.empty(); // what the reads below come to without these fields, as most specs are
        }
        int before = fields.errors().size();
        Optional<Quantity> losses = fields.quantity("losses", false, Dimension.SPEED, v -> v >= 0, "0 or more");
        Optional<Double> diameter = FlightFields.metres(fields, "diameter");
        Optional<Double> drag = FlightFields.plainNumber(fields, "drag_coefficient");
        Optional<List<Node>> items = fields.list("stages", false);
        if (items.isEmpty()) {
            for (String key : List.of("losses", "diameter", "drag_coefficient")) {
                if (fields.has(key) && !fields.has("stages")) {
                    fields.error(key, key + (key.endsWith("s") ? " apply" : " applies") + " to stages; give stages: too, or remove " + key + ":");
                }
            }
            return Optional.empty();
        }
        if (fields.has("drag_coefficient") && !fields.has("diameter")) {
            fields.error("drag_coefficient", "drag_coefficient needs diameter: (the reference area); give diameter: too, or remove drag_coefficient:");
        }
        if (type.isPresent() && !type.get().isRocket()) {
            fields.error("stages", "stages describe a rocket; the capability model is ballistic and applies to "
                    + SystemType.BALLISTIC_MISSILE.id() + " and " + SystemType.SPACE_LAUNCH_VEHICLE.id()
                    + ", not " + type.get().id());
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            fields.error("stages", "expected at least one stage");
            return Optional.empty();
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            Optional<FieldReader> maybe = FieldReader.of(items.get().get(i), fields.pathOf("stages") + "[" + i + "]", fields.errors());
            if (maybe.isEmpty()) {
                continue;
            }
            FieldReader stage = maybe.get();
            stage.rejectUnknown(STAGE_FIELDS);
            Optional<Quantity> gross = stage.quantity("gross_mass", true, Dimension.MASS, v -> v > 0, "greater than 0");
            Optional<Quantity> propellant = stage.quantity("propellant_mass", true, Dimension.MASS, v -> v > 0, "greater than 0");
            Optional<Quantity> isp = stage.quantity("isp", true, Dimension.TIME, v -> v > 0, "greater than 0");
            Optional<Quantity> burnTime = stage.quantity("burn_time", false, Dimension.TIME, v -> v > 0, "greater than 0");
            Optional<Quantity> vacuumIsp = stage.quantity("vacuum_isp", false, Dimension.TIME, v -> v > 0, "greater than 0");
            if (vacuumIsp.isPresent() && isp.isPresent() && vacuumIsp.get().value() < isp.get().value()) {
                stage.error("vacuum_isp", "must be at least isp (" + isp.get().display() + "), the sea-level figure: a nozzle"
                        + " gives more thrust in vacuum, not less; got " + vacuumIsp.get().display());
                continue;
            }
            if (vacuumIsp.isPresent() && burnTime.isEmpty() && !stage.has("burn_time")) {
                stage.error("vacuum_isp", "vacuum_isp is for the flight model; give burn_time: too, or remove vacuum_isp:");
                continue;
            }
            if (gross.isPresent() && propellant.isPresent() && propellant.get().value() >= gross.get().value()) {
                stage.error("propellant_mass", "must be less than gross_mass (" + gross.get().display()
                        + "), as the stage's structure has mass too; got " + propellant.get().display());
                continue;
            }
            if (gross.isPresent() && propellant.isPresent() && isp.isPresent()) {
                stages.add(new Stage(gross.get(), propellant.get(), isp.get(), burnTime, vacuumIsp));
            }
        }
        if (fields.errors().size() > before) {
            return Optional.empty(); // a bad stage field is reported once, not again as a missing flight field
        }
        FlightFields.complete(fields, stages, diameter, losses);
        if (fields.errors().size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Staging(stages, losses, diameter, drag));
    }
}
