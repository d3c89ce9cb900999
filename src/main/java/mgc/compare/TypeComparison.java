package mgc.compare;

import java.util.List;
import mgc.spec.SystemType;

/** The exact difference between two revisions' permitted regions for one system type. */
public record TypeComparison(SystemType type, Relation relation, List<Region> regions, List<Counterexample> counterexamples) {

    public TypeComparison {
        regions = List.copyOf(regions);
        counterexamples = List.copyOf(counterexamples);
    }
}
