package mgc.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.RuleBase;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;

/**
 * Runs scenarios through the real rule base and records rule coverage. The rule base is compiled
 * once; scenarios that name the same hypothetical revision files share one catalog and one
 * evaluator session. Not thread-safe.
 */
public final class ScenarioRunner implements AutoCloseable {

    private final RuleBase ruleBase;
    private final DocumentReader reader;
    private final List<InputFile> shippedRevisionFiles;
    private final List<InputFile> userRevisionFiles;
    private final Map<List<InputFile>, Context> contexts = new HashMap<>();
    private final Coverage coverage;

    private record Context(RevisionCatalog catalog, Evaluator evaluator, List<InputError> errors) {}

    /**
     * @param catalog              the catalog of the run (shipped revisions plus {@code userRevisionFiles})
     * @param shippedRevisionFiles the rule base's revision files, re-read with a scenario's own revision files
     * @param userRevisionFiles    revision files given for the whole run ({@code --revision-file})
     */
    public ScenarioRunner(RuleBase ruleBase, RevisionCatalog catalog, List<InputFile> shippedRevisionFiles,
                          List<InputFile> userRevisionFiles, DocumentReader reader) {
        this.ruleBase = ruleBase;
        this.reader = reader;
        this.shippedRevisionFiles = List.copyOf(shippedRevisionFiles);
        this.userRevisionFiles = List.copyOf(userRevisionFiles);
        this.coverage = new Coverage(catalog.shipped(), ruleBase.outcomes());
        contexts.put(List.of(), new Context(catalog, ruleBase.newEvaluator(catalog.everything()), List.of()));
    }

    public Coverage coverage() {
        return coverage;
    }

    public ScenarioRun run(Scenario scenario) {
        Context context = context(scenario.revisionFiles());
        if (!context.errors().isEmpty()) {
            return ScenarioRun.failed(scenario, context.errors());
        }
        List<InputError> errors = new ArrayList<>();
        for (Expectation expectation : scenario.expectations()) {
            if (context.catalog().find(expectation.revision()).isEmpty()) {
                errors.add(InputError.at(expectation.location(), "expect." + expectation.revision(), "unknown revision \""
                        + expectation.revision() + "\"; known: " + context.catalog().ids()));
            }
        }
        scenario.unchanged().ifPresent(claim -> {
            for (int i = 0; i < claim.revisions().size(); i++) {
                String id = claim.revisions().get(i);
                if (context.catalog().find(id).isEmpty()) {
                    errors.add(InputError.at(claim.locations().get(i), "unchanged[" + i + "]", "unknown revision \""
                            + id + "\"; known: " + context.catalog().ids()));
                }
            }
        });
        if (!errors.isEmpty()) {
            return ScenarioRun.failed(scenario, errors);
        }
        List<Verdict> verdicts;
        if (scenario.system().uncertain()) {
            // Intervals: the verdict over the whole box; the findings are those of its prohibited witness.
            try {
                List<mgc.whatif.BoxVerdict> boxes = new mgc.whatif.BoxAnalysis(context.evaluator()).analyse(scenario.system());
                List<Revision> revisions = context.evaluator().revisions();
                verdicts = new ArrayList<>();
                for (int i = 0; i < boxes.size(); i++) {
                    verdicts.add(boxes.get(i).asVerdict(revisions.get(i)));
                }
            } catch (mgc.compare.AnalysisException e) {
                return ScenarioRun.failed(scenario, List.of(InputError.at(scenario.location(), "system",
                        "cannot decide the system over its intervals exactly: " + e.getMessage())));
            }
        } else {
            verdicts = context.evaluator().evaluate(scenario.system());
        }
        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation expectation : scenario.expectations()) {
            Verdict verdict = under(verdicts, expectation.revision());
            // Coverage counts only what a scenario asserts: a rule that fired under a revision
            // nobody stated an expectation for is not tested by the suite.
            coverage.record(verdict);
            results.add(ExpectationResult.of(scenario, expectation, verdict));
        }
        // Not counted as coverage: the claim says two verdicts agree, not what either is.
        Optional<UnchangedResult> unchanged = scenario.unchanged().map(claim -> new UnchangedResult(scenario, claim,
                claim.revisions().stream().map(id -> under(verdicts, id)).toList()));
        return new ScenarioRun(scenario, results, unchanged, List.of());
    }

    private static Verdict under(List<Verdict> verdicts, String revision) {
        return verdicts.stream().filter(v -> v.revision().id().equals(revision)).findFirst().orElseThrow();
    }

    private Context context(List<InputFile> scenarioFiles) {
        Context known = contexts.get(scenarioFiles);
        if (known != null) {
            return known;
        }
        List<InputFile> files = new ArrayList<>(userRevisionFiles);
        files.addAll(scenarioFiles);
        Context context;
        try {
            RevisionCatalog.Loaded loaded = RevisionCatalog.load(reader, shippedRevisionFiles, files);
            // Errors in the run's own --revision-file are reported once by the command, not per scenario.
            List<InputError> errors = loaded.errors().stream()
                    .filter(e -> userRevisionFiles.stream().noneMatch(f -> f.name().equals(e.file()))).toList();
            context = errors.isEmpty()
                    ? new Context(loaded.catalog(), ruleBase.newEvaluator(loaded.catalog().everything()), List.of())
                    : new Context(loaded.catalog(), null, errors);
        } catch (InputException e) {
            context = new Context(null, null, e.errors());
        }
        contexts.put(List.copyOf(scenarioFiles), context);
        return context;
    }

    @Override
    public void close() {
        contexts.values().stream().map(Context::evaluator).filter(e -> e != null).forEach(Evaluator::close);
    }
}
