package mgc.revision;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mgc.document.FieldReader;
import mgc.document.InputError;
import mgc.document.Node;
import mgc.spec.Propellant;
import mgc.units.Dimension;
import mgc.units.Numbers;
import mgc.units.Quantity;

/** Total impulse must not exceed {@code max} for systems using one of {@code propellants}. */
public record ImpulseCap(Quantity max, Set<Propellant> propellants, Basis basis) implements Term {
    public static final String KEY = "impulse-cap";
    public static final String RULE_ID = "MG-IMPULSE";
    /** How a revision file writes the kind: its key, rule, fields and reader. */
    static final Kind KIND = new Kind(KEY, RULE_ID, List.of("limit", "propellants"), ImpulseCap::read);

    public ImpulseCap {
        propellants = Set.copyOf(propellants);
    }

    public Kind kind() {
        return KIND;
    }

    public List<String> writtenFields() {
        return List.of("limit: " + max.exact(),
                "propellants: [" + String.join(", ", propellants.stream().map(Propellant::id).sorted().toList()) + "]");
    }

    public String summary() {
        return "total impulse <= " + max.display() + " (" + Numbers.format(max.value() / 4.4482216152605)
                + " lbf*s) for " + covered() + " propellant";
    }

    public Input limited() {
        return Input.TOTAL_IMPULSE;
    }

    public Set<Input> needs() {
        return Set.of(Input.PROPELLANT, Input.TOTAL_IMPULSE);
    }

    public double headlineLimit() {
        return max.value();
    }

    @Override
    public boolean appliesTo(Propellant propellant) {
        return propellants.contains(propellant);
    }

    @Override
    public String limitBasis() {
        return "cap for " + covered() + " propellant";
    }

    @Override
    public Exemption exemption() {
        return new Exemption(Input.PROPELLANT, max.value(), "N*s", "");
    }

    @Override
    public String exemptionMessage(double rangeKm, Propellant propellant) {
        return "propellant " + propellant.id() + " is not covered by the total impulse cap (applies to "
                + covered() + ")";
    }

    public List<Double> impulseBreaks() {
        return List.of(max.value());
    }

    /** The propellants covered, as {@code liquid/solid}. */
    private String covered() {
        return String.join("/", propellants.stream().map(Propellant::id).sorted().toList());
    }

    /** Reads {@code limit} (an impulse of 0 or more) and {@code propellants} (at least one). */
    static Optional<Term> read(FieldReader t, Optional<Basis> basis) {
        Optional<Quantity> limit = t.quantity("limit", true, Dimension.IMPULSE, v -> v >= 0, "0 or more");
        Set<Propellant> propellants = EnumSet.noneOf(Propellant.class);
        List<Node> items = t.list("propellants", true).orElse(List.of());
        for (Node item : items) {
            Propellant propellant = item instanceof Node.ScalarNode scalar ? Propellant.byId().get(scalar.text()) : null;
            if (propellant == null) {
                t.errors().add(InputError.at(item.location(), t.pathOf("propellants"),
                        "expected one of " + String.join(", ", Propellant.byId().keySet())));
            } else {
                propellants.add(propellant);
            }
        }
        if (t.has("propellants") && items.isEmpty()) {
            t.error("propellants", "name at least one propellant the cap applies to");
        }
        if (limit.isEmpty() || propellants.isEmpty() || basis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImpulseCap(limit.get(), propellants, basis.get()));
    }
}
