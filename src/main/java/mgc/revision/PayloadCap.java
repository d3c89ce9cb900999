package mgc.revision;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mgc.document.FieldReader;
import mgc.units.Dimension;
import mgc.units.Quantity;

/** Payload must not exceed {@code max}, at any range. */
public record PayloadCap(Quantity max, Basis basis) implements Term {
    public static final String KEY = "max-payload";
    public static final String RULE_ID = "MG-PAYLOAD";
    /** How a revision file writes the kind: its key, rule, fields and reader. */
    static final Kind KIND = new Kind(KEY, RULE_ID, List.of("limit"), PayloadCap::read);

    public Kind kind() {
        return KIND;
    }

    public List<String> writtenFields() {
        return List.of("limit: " + max.exact());
    }

    public String summary() {
        return "payload <= " + max.display();
    }

    public Input limited() {
        return Input.PAYLOAD;
    }

    public Set<Input> needs() {
        return Set.of(Input.PAYLOAD);
    }

    public double headlineLimit() {
        return max.value();
    }

    public List<Double> payloadBreaks() {
        return List.of(max.value());
    }

    /** Reads {@code limit} (a mass of 0 or more). */
    static Optional<Term> read(FieldReader t, Optional<Basis> basis) {
        return t.quantity("limit", true, Dimension.MASS, v -> v >= 0, "0 or more").flatMap(q -> basis.map(b -> new PayloadCap(q, b)));
    }
}
