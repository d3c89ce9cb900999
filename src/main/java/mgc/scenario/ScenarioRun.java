package mgc.scenario;

import java.util.List;
import java.util.Optional;
import mgc.document.InputError;

/**
 * A scenario after running: one result per expectation and the result of its {@code unchanged}
 * claim (when it states one), or the errors that stopped it.
 */
public record ScenarioRun(Scenario scenario, List<ExpectationResult> results, Optional<UnchangedResult> unchanged,
                          List<InputError> errors) {

    public ScenarioRun {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    /** A run that stopped at errors. */
    public static ScenarioRun failed(Scenario scenario, List<InputError> errors) {
        return new ScenarioRun(scenario, List.of(), Optional.empty(), errors);
    }

    public boolean passed() {
        return errors.isEmpty() && results.stream().allMatch(ExpectationResult::passed)
                && unchanged.map(UnchangedResult::passed).orElse(true);
    }

    /** Expectations and the unchanged claim, each a test of its own. */
    public int tests() {
        return results.size() + (unchanged.isPresent() ? 1 : 0);
    }

    public int passedTests() {
        return (int) results.stream().filter(ExpectationResult::passed).count()
                + (unchanged.isPresent() && unchanged.get().passed() ? 1 : 0);
    }
}
