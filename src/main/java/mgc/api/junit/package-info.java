/**
 * Scenario files as JUnit 5 tests in your own build, through a {@code @TestFactory}; the entry
 * point is {@link mgc.api.junit.ScenarioTests}. Needs {@code org.junit.jupiter:junit-jupiter-api}
 * on the test classpath (an optional dependency of mgc).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.from(Path.of("src/test/scenarios"));
 * }
 * }</pre>
 */
package mgc.api.junit;
