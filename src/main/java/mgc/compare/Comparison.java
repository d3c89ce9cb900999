package mgc.compare;

import java.util.List;
import mgc.document.InputError;
import mgc.revision.Revision;

/**
 * What {@code mgc compare FROM TO} found: the difference per system type and, when specs were
 * given, the systems whose verdict changes.
 */
public record Comparison(Revision from, Revision to, List<TypeComparison> types, List<VerdictChange> changes,
                         int unchanged, boolean specsGiven, List<InputError> errors) {

    public Comparison {
        types = List.copyOf(types);
        changes = List.copyOf(changes);
        errors = List.copyOf(errors);
    }

    public boolean differs() {
        return !changes.isEmpty() || types.stream().anyMatch(t -> t.relation() != Relation.EQUIVALENT);
    }
}
