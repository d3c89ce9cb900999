package mgc.scenario;

import java.util.List;
import mgc.document.InputError;

/** A scenario after running: one result per expectation, or the errors that stopped it. */
public record ScenarioRun(Scenario scenario, List<ExpectationResult> results, List<InputError> errors) {

    public ScenarioRun {
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    public boolean passed() {
        return errors.isEmpty() && results.stream().allMatch(ExpectationResult::passed);
    }
}
