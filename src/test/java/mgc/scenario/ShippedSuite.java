package mgc.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.RuleInfo;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;

/**
 * The repository's scenario suite ({@code scenarios/}) run against the repository's rule base
 * ({@code rules/}), as {@code mgc test} runs it. Maven runs tests from the project folder.
 */
final class ShippedSuite {

    static final Path RULES = Path.of("rules");
    static final String SCENARIOS = "scenarios";

    /** Every scenario run, and every error met reading or running them. */
    record Outcome(List<ScenarioRun> runs, List<InputError> errors, Coverage coverage) {}

    private ShippedSuite() {}

    static Outcome run(List<String> paths) throws InputException {
        RulesDirectory rules = RulesDirectory.of(RULES);
        DocumentReader reader = new DocumentReader();
        RuleSet ruleSet = RuleSet.load(rules, List.of(), reader);
        List<InputFile> shipped = rules.revisionFiles();
        ScenarioReader scenarioReader = new ScenarioReader(reader, ruleSet.ruleBase().rules().stream().map(RuleInfo::id).toList());
        List<ScenarioRun> runs = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        try (ScenarioRunner runner = new ScenarioRunner(ruleSet.ruleBase(), ruleSet.catalog(), shipped, List.of(), reader)) {
            ScenarioFiles.Expanded files = ScenarioFiles.expand(paths);
            errors.addAll(files.errors());
            for (String file : files.files()) {
                ScenarioReader.Result read = scenarioReader.read(file);
                errors.addAll(read.errors());
                for (Scenario scenario : read.scenarios()) {
                    ScenarioRun run = runner.run(scenario);
                    errors.addAll(run.errors());
                    runs.add(run);
                }
            }
            return new Outcome(runs, errors, runner.coverage());
        }
    }
}
