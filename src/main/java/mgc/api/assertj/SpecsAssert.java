package mgc.api.assertj;

import java.util.Collection;
import java.util.List;
import mgc.api.Comparison;
import mgc.api.Guideline;
import mgc.api.Spec;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a set of systems as a whole; made by {@link MgcAssertions#assertThatSpecs}.
 * Checked against the shipped guideline unless {@link #under(Guideline)} gives another.
 */
public final class SpecsAssert extends AbstractAssert<SpecsAssert, Collection<Spec>> {

    private Guideline guideline;

    SpecsAssert(Collection<Spec> actual) {
        super(actual, SpecsAssert.class);
    }

    /**
     * Checks the systems against this guideline (for hypothetical revisions) instead of the shipped one.
     *
     * @param guideline the guideline
     * @return this assertion
     */
    public SpecsAssert under(Guideline guideline) {
        this.guideline = guideline;
        return this;
    }

    /**
     * Verifies that every system gets the same verdict under both revisions, whatever else the
     * revisions change (terms for system types none of the specs has do not matter).
     *
     * @param from a revision id
     * @param to   a revision id
     * @return this assertion
     */
    public SpecsAssert keepVerdicts(String from, String to) {
        isNotNull();
        Comparison comparison = (guideline == null ? Guideline.shipped() : guideline).compare(from, to, actual);
        if (!comparison.changes().isEmpty()) {
            failWithMessage("Expecting %d specs to keep their verdicts from %s to %s, but %d change:%n%s", actual.size(), from,
                    to, comparison.changes().size(), describe(comparison.changes()));
        }
        return this;
    }

    static String describe(List<Comparison.Change> changes) {
        StringBuilder out = new StringBuilder();
        changes.forEach(c -> out.append("  ").append(c.toString().replace("\n", System.lineSeparator() + "  "))
                .append(System.lineSeparator()));
        return out.toString().stripTrailing();
    }
}
