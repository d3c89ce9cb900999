package mgc.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import mgc.spelling.Spelling;
import mgc.units.Dimension;
import mgc.units.Quantity;
import mgc.units.QuantityParser;

/**
 * Typed, validating access to one mapping of a document. Problems are collected as
 * {@link InputError}s (with the field's path, line and column) rather than thrown, so one pass
 * reports every problem in a document. Spec, revision and scenario readers all use this, so a
 * field is validated the same way wherever it appears.
 */
public final class FieldReader {

    private final Node.MapNode map;
    private final String path;
    private final List<InputError> errors;
    /**
     * Misspelt keys already reported, by the field they stand for: one typo is one error, so a
     * missing required field that a misspelt key stands for is not reported a second time.
     */
    private final Map<String, String> typos = new java.util.HashMap<>();

    public FieldReader(Node.MapNode map, String path, List<InputError> errors) {
        this.map = map;
        this.path = path;
        this.errors = errors;
    }

    /** Reads a node that must be a mapping; records an error and returns empty otherwise. */
    public static Optional<FieldReader> of(Node node, String path, List<InputError> errors) {
        if (node instanceof Node.MapNode map) {
            return Optional.of(new FieldReader(map, path, errors));
        }
        errors.add(InputError.at(node.location(), path, "expected a mapping of fields, got " + node.kindName()));
        return Optional.empty();
    }

    public Node.MapNode node() {
        return map;
    }

    public List<InputError> errors() {
        return errors;
    }

    public String pathOf(String key) {
        return path == null || path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return map.fields().containsKey(key);
    }

    public Optional<Node> get(String key) {
        return Optional.ofNullable(map.fields().get(key)).map(Node.Field::value);
    }

    /** Where the key's value is, or the mapping itself when the key is absent. */
    public Location locationOf(String key) {
        Node.Field field = map.fields().get(key);
        return field == null ? map.location() : field.value().location();
    }

    public void error(String key, String message) {
        errors.add(InputError.at(locationOf(key), pathOf(key), message));
    }

    /** Reports every key not in {@code known}, with the nearest known name as a hint. */
    public void rejectUnknown(Collection<String> known) {
        for (Node.Field field : map.fields().values()) {
            if (!known.contains(field.key()) && !typos.containsValue(field.key())) {
                Optional<String> nearest = Spelling.nearest(field.key(), known);
                nearest.ifPresent(n -> typos.putIfAbsent(n, field.key()));
                String hint = nearest.map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                errors.add(InputError.at(field.keyLocation(), pathOf(field.key()), "unknown field" + hint
                        + "; known fields: " + String.join(", ", known)));
            }
        }
    }

    /**
     * Reports a required field as missing, unless a misspelt key stands for it: then the one
     * error is at the misspelt key ({@code rnage: unknown field (did you mean "range"?)}).
     */
    public void missing(String key) {
        if (typos.containsKey(key)) {
            return;
        }
        for (Node.Field field : map.fields().values()) {
            if (!field.key().equals(key) && Spelling.nearest(field.key(), List.of(key)).isPresent()
                    && !typos.containsValue(field.key())) {
                typos.put(key, field.key());
                errors.add(InputError.at(field.keyLocation(), pathOf(field.key()), "unknown field (did you mean \""
                        + key + "\"?); \"" + key + "\" is required"));
                return;
            }
        }
        errors.add(InputError.at(map.location(), pathOf(key), "missing required field"));
    }

    public Optional<String> text(String key, boolean required) {
        Optional<Node> node = get(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (node.get() instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.STRING) {
            if (scalar.text().isBlank()) {
                error(key, "must not be empty");
                return Optional.empty();
            }
            return Optional.of(scalar.text());
        }
        error(key, "expected a string, got " + node.get().kindName() + describeHint(node.get()));
        return Optional.empty();
    }

    // Compiled once: String.matches compiles its pattern at every call.
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** An identifier such as a revision id: a string, or an integer like {@code 2012}. */
    public Optional<String> identifier(String key, boolean required) {
        Optional<Node> node = get(key);
        if (node.isPresent() && node.get() instanceof Node.ScalarNode scalar
                && scalar.kind() == Node.ScalarKind.NUMBER && WHOLE.matcher(scalar.text()).matches()) {
            return Optional.of(scalar.text());
        }
        Optional<String> text = text(key, required);
        if (text.isPresent() && !IDENTIFIER.matcher(text.get()).matches()) {
            error(key, "must be letters, digits, '.', '_' or '-' (at most 64), got \"" + text.get() + "\"");
            return Optional.empty();
        }
        return text;
    }

    public Optional<Boolean> bool(String key) {
        Optional<Node> node = get(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(scalar.text()));
        }
        error(key, "expected true or false, got " + node.get().kindName());
        return Optional.empty();
    }

    /** A value from a fixed vocabulary (system type, propellant): unknown words get a suggestion. */
    public <E> Optional<E> choice(String key, boolean required, Map<String, E> vocabulary) {
        Optional<String> word = text(key, required);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        E value = vocabulary.get(word.get());
        if (value == null) {
            String hint = Spelling.nearest(word.get(), vocabulary.keySet()).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            error(key, "unknown value \"" + word.get() + "\"" + hint + "; expected one of " + String.join(", ", vocabulary.keySet()));
        }
        return Optional.ofNullable(value);
    }

    /** A quantity with a unit; {@code valid} states the range rule, e.g. "greater than 0". */
    public Optional<Quantity> quantity(String key, boolean required, Dimension dimension,
                                       Predicate<Double> valid, String rule) {
        Optional<Node> node = get(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (!(node.get() instanceof Node.ScalarNode scalar)
                || (scalar.kind() != Node.ScalarKind.NUMBER && scalar.kind() != Node.ScalarKind.STRING)) {
            error(key, "expected a number or \"<number> <unit>\" (units: " + String.join(", ", dimension.unitSymbols())
                    + "), got " + node.get().kindName());
            return Optional.empty();
        }
        try {
            Quantity quantity = QuantityParser.parse(scalar.text(), dimension);
            if (!valid.test(quantity.value())) {
                error(key, "must be " + rule + ", got " + scalar.text());
                return Optional.empty();
            }
            return Optional.of(quantity);
        } catch (QuantityParser.QuantityException e) {
            error(key, e.getMessage());
            return Optional.empty();
        }
    }

    /** A list whose items are read by {@code item}; a single value is not silently taken as a list. */
    public Optional<List<Node>> list(String key, boolean required) {
        Optional<Node> node = get(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        if (node.get() instanceof Node.ListNode list) {
            return Optional.of(new ArrayList<>(list.items()));
        }
        error(key, "expected a list, got " + node.get().kindName());
        return Optional.empty();
    }

    public Optional<FieldReader> child(String key, boolean required) {
        Optional<Node> node = get(key);
        if (node.isEmpty()) {
            if (required) {
                missing(key);
            }
            return Optional.empty();
        }
        return of(node.get(), pathOf(key), errors);
    }

    private static String describeHint(Node node) {
        if (node instanceof Node.ScalarNode scalar && scalar.kind() != Node.ScalarKind.STRING) {
            return " (" + scalar.text() + "); quote it to make it a string";
        }
        return "";
    }
}
