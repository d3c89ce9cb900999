package mgc.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mgc.document.InputError;
import mgc.document.Location;
import mgc.engine.RuleInfo;
import mgc.scenario.ExpectationResult;
import mgc.scenario.Scenario;
import mgc.scenario.ScenarioFiles;
import mgc.scenario.ScenarioReader;
import mgc.scenario.ScenarioRun;
import mgc.scenario.ScenarioRunner;

/**
 * {@link Guideline#runScenarios}: scenario files found, read and run against a guideline's
 * revisions as {@code mgc test} runs them. Every problem of every file is gathered into one
 * {@link MgcException}, after every file has been run.
 */
final class ScenarioRuns {

    private ScenarioRuns() {
    }

    static List<ScenarioResult> run(LoadedRevisions revisions, Path... paths) {
        List<String> arguments = Arrays.stream(paths).map(Path::toString).toList();
        ScenarioFiles.Expanded files = ScenarioFiles.expand(arguments);
        List<InputError> errors = new ArrayList<>(files.errors());
        List<ScenarioResult> results = new ArrayList<>();
        ScenarioReader scenarioReader = new ScenarioReader(revisions.reader(),
                revisions.ruleBase().rules().stream().map(RuleInfo::id).toList());
        try (ScenarioRunner runner = new ScenarioRunner(revisions.ruleBase(), revisions.catalog(), revisions.shippedFiles(),
                revisions.userFiles(), revisions.reader())) {
            for (String file : files.files()) {
                ScenarioReader.Result read = scenarioReader.read(file);
                for (Scenario scenario : read.scenarios()) {
                    ScenarioRun run = runner.run(scenario);
                    errors.addAll(run.errors());
                    run.results().forEach(r -> results.add(result(r)));
                    run.unchanged().ifPresent(u -> results.add(new ScenarioResult(u.claim().location().file(),
                            u.claim().location().line(), u.claim().location().column(), scenario.name(), u.claim().describe(),
                            u.passed(), u.diff())));
                }
                errors.addAll(read.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw MgcException.of(errors);
        }
        return List.copyOf(results);
    }

    private static ScenarioResult result(ExpectationResult result) {
        Location at = result.expected().location();
        return new ScenarioResult(at.file(), at.line(), at.column(), result.scenario().name(), result.expected().revision(),
                result.passed(), result.diff());
    }
}
