/**
 * AssertJ assertions on verdicts, comparisons and verdict stability; the entry point is
 * {@link mgc.api.assertj.MgcAssertions}. Needs {@code org.assertj:assertj-core} on the test
 * classpath (an optional dependency of mgc).
 *
 * <pre>{@code
 * import static mgc.api.assertj.MgcAssertions.*;
 *
 * Spec hyunmoo4 = Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build();
 * assertThat(Guideline.shipped().check(hyunmoo4, "2012", "2017"))
 *         .isPermittedUnder("2017").withMarginAtLeast("MG-RANGE", 0, Unit.KM);
 * assertThatSpecs(Spec.examples()).keepVerdicts("2017", "2020");
 * }</pre>
 */
package mgc.api.assertj;
