package mgc.api.assertj;

import java.util.function.Predicate;
import mgc.api.Comparison;
import mgc.api.Spec;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a comparison of two revisions; made by {@link MgcAssertions#assertThat(Comparison)}.
 * The relation methods return an assertion on that type's comparison, for its counterexamples.
 */
public final class ComparisonAssert extends AbstractAssert<ComparisonAssert, Comparison> {

    ComparisonAssert(Comparison actual) {
        super(actual, ComparisonAssert.class);
    }

    /**
     * Verifies that the TO revision permits everything FROM permits for a type, and more.
     *
     * @param type a system type
     * @return assertions on that type's comparison
     */
    public TypeComparisonAssert isMorePermissiveFor(Spec.Type type) {
        return relation(type, Comparison.Relation.MORE_PERMISSIVE);
    }

    /**
     * Verifies that the TO revision permits less than FROM for a type, and nothing more.
     *
     * @param type a system type
     * @return assertions on that type's comparison
     */
    public TypeComparisonAssert isLessPermissiveFor(Spec.Type type) {
        return relation(type, Comparison.Relation.LESS_PERMISSIVE);
    }

    /**
     * Verifies that the two revisions permit exactly the same systems of a type.
     *
     * @param type a system type
     * @return assertions on that type's comparison
     */
    public TypeComparisonAssert isEquivalentFor(Spec.Type type) {
        return relation(type, Comparison.Relation.EQUIVALENT);
    }

    /**
     * Verifies that each revision permits systems of a type the other prohibits.
     *
     * @param type a system type
     * @return assertions on that type's comparison
     */
    public TypeComparisonAssert isIncomparableFor(Spec.Type type) {
        return relation(type, Comparison.Relation.INCOMPARABLE);
    }

    /**
     * Verifies that no given spec changes verdict between the two revisions.
     *
     * @return this assertion
     */
    public ComparisonAssert keepsVerdicts() {
        isNotNull();
        if (!actual.changes().isEmpty()) {
            failWithMessage("Expecting every spec to keep its verdict from %s to %s, but %d of %d change:%n%s", actual.from(),
                    actual.to(), actual.changes().size(), actual.changes().size() + actual.unchanged(),
                    SpecsAssert.describe(actual.changes()));
        }
        return this;
    }

    private TypeComparisonAssert relation(Spec.Type type, Comparison.Relation expected) {
        isNotNull();
        Comparison.TypeComparison comparison = actual.type(type);
        if (comparison.relation() != expected) {
            failWithMessage("Expecting %s to be %s than %s for %s, but it is %s:%n%s", actual.to(), expected.id(),
                    actual.from(), type, comparison.relation().id(), TypeComparisonAssert.describe(comparison));
        }
        return new TypeComparisonAssert(comparison, actual);
    }

    /** Assertions on one type's comparison: its counterexamples. */
    public static final class TypeComparisonAssert extends AbstractAssert<TypeComparisonAssert, Comparison.TypeComparison> {

        private final Comparison comparison;

        TypeComparisonAssert(Comparison.TypeComparison actual, Comparison comparison) {
            super(actual, TypeComparisonAssert.class);
            this.comparison = comparison;
        }

        /**
         * Verifies that some counterexample (a system one revision permits and the other
         * prohibits, confirmed by the rule base) satisfies a condition.
         *
         * @param condition a condition on the counterexample's spec, e.g.
         *                  {@code spec -> spec.range(Unit.KM).orElseThrow() > 800}
         * @return this assertion
         */
        public TypeComparisonAssert withCounterexampleWhere(Predicate<Spec> condition) {
            if (actual.counterexamples().stream().noneMatch(c -> condition.test(c.spec()))) {
                failWithMessage("Expecting a counterexample between %s and %s for %s that satisfies the condition, but %s:%n%s",
                        comparison.from(), comparison.to(), actual.type(),
                        actual.counterexamples().isEmpty() ? "there is none" : "none does", describe(actual));
            }
            return this;
        }

        static String describe(Comparison.TypeComparison type) {
            StringBuilder out = new StringBuilder("  " + type.type() + ": " + type.relation().id());
            type.regions().forEach(r -> out.append(System.lineSeparator()).append("  - ").append(r.description())
                    .append(": prohibited by ").append(r.prohibitedBy()).append(", permitted by ").append(r.permittedBy()));
            type.counterexamples().forEach(c -> out.append(System.lineSeparator()).append("  counterexample, permitted by ")
                    .append(c.permittedBy()).append(" and prohibited by ").append(c.prohibitedBy()).append(": ").append(c.spec()));
            return out.toString();
        }
    }
}
