package mgc.revision;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mgc.document.FieldReader;
import mgc.units.Dimension;
import mgc.units.Quantity;

/** Range must not exceed {@code max}. */
public record RangeCap(Quantity max, Basis basis) implements Term {
    public static final String KEY = "max-range";
    public static final String RULE_ID = "MG-RANGE";
    /** How a revision file writes the kind: its key, rule, fields and reader. */
    static final Kind KIND = new Kind(KEY, RULE_ID, List.of("limit"), RangeCap::read);

    public Kind kind() {
        return KIND;
    }

    public List<String> writtenFields() {
        return List.of("limit: " + max.exact());
    }

    public String summary() {
        return "range <= " + max.display();
    }

    public Input limited() {
        return Input.RANGE;
    }

    public Set<Input> needs() {
        return Set.of(Input.RANGE);
    }

    public double headlineLimit() {
        return max.value();
    }

    public List<Double> rangeBreaks() {
        return List.of(max.value());
    }

    /** Reads {@code limit} (a length over 0). */
    static Optional<Term> read(FieldReader t, Optional<Basis> basis) {
        return t.quantity("limit", true, Dimension.LENGTH, v -> v > 0, "greater than 0").flatMap(q -> basis.map(b -> new RangeCap(q, b)));
    }
}
