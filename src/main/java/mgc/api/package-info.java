/**
 * The public API of mgc: check missile system specs against the South Korea-US missile guideline
 * and its revisions, compare revisions exactly, and run scenario files, from Java.
 *
 * <pre>{@code
 * Guideline guideline = Guideline.shipped();
 * Spec hyunmoo4 = Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build();
 * Verdict verdict = guideline.check(hyunmoo4, "2012").verdict("2012");
 * verdict.isProhibited();                       // true
 * verdict.findings().get(0).rule();             // "MG-TRADEOFF"
 * verdict.findings().get(0).message();          // "payload 2,000 kg > limit 500 kg (over by 1,500 kg); ..."
 *
 * Comparison change = guideline.compare("2012", "2017", Spec.examples());
 * change.relationFor(Spec.Type.BALLISTIC_MISSILE);  // MORE_PERMISSIVE: 2017 removed the payload limit
 * change.changes();                              // the example systems 2017 permits and 2012 did not
 * }</pre>
 *
 * <p>The API is this package, {@link mgc.api.assertj} (AssertJ assertions) and
 * {@link mgc.api.junit} (scenario files as JUnit 5 tests). Every other package of the jar is
 * internal and may change in any release. Results are immutable records with the content of the
 * command line's JSON output; bad input throws {@link mgc.api.MgcException}, carrying the same
 * file, line, column and field errors the command line prints. The library logs through SLF4J
 * only and sets no system property.
 */
package mgc.api;
