package mgc.api.assertj;

import java.util.Collection;
import mgc.api.CheckResult;
import mgc.api.Comparison;
import mgc.api.Spec;
import org.assertj.core.api.Assertions;

/**
 * AssertJ assertions for mgc results; extends AssertJ's {@link Assertions}, so one static import
 * gives both. AssertJ is an optional dependency of mgc: add {@code org.assertj:assertj-core} to
 * your test dependencies to use this class.
 *
 * <pre>{@code
 * import static mgc.api.assertj.MgcAssertions.*;
 *
 * assertThat(guideline.check(hyunmoo4, "2012")).isProhibitedUnder("2012").byRule("MG-TRADEOFF");
 * assertThat(guideline.compare("2017", "2017-1000km")).isMorePermissiveFor(Spec.Type.BALLISTIC_MISSILE)
 *         .withCounterexampleWhere(spec -> spec.range(Unit.KM).orElseThrow() > 800);
 * assertThatSpecs(Spec.examples()).keepVerdicts("2017", "2020");
 * }</pre>
 *
 * Failure messages show the verdicts and findings as {@code mgc check} prints them.
 */
public class MgcAssertions extends Assertions {

    /** Extended only to inherit AssertJ's entry points; use the static methods. */
    protected MgcAssertions() {}

    /**
     * Assertions on the verdicts of one system.
     *
     * @param actual the result of {@link mgc.api.Guideline#check(Spec, String...)}
     * @return the assertion
     */
    public static CheckResultAssert assertThat(CheckResult actual) {
        return new CheckResultAssert(actual);
    }

    /**
     * Assertions on a comparison of two revisions.
     *
     * @param actual the result of {@link mgc.api.Guideline#compare(String, String)}
     * @return the assertion
     */
    public static ComparisonAssert assertThat(Comparison actual) {
        return new ComparisonAssert(actual);
    }

    /**
     * Assertions on a set of systems as a whole, such as verdict stability between revisions.
     *
     * @param actual the systems
     * @return the assertion, against the shipped guideline unless {@link SpecsAssert#under} says otherwise
     */
    public static SpecsAssert assertThatSpecs(Collection<Spec> actual) {
        return new SpecsAssert(actual);
    }
}
