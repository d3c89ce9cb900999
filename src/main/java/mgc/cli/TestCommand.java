package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.RuleInfo;
import mgc.scenario.ScenarioFiles;
import mgc.scenario.ScenarioReader;
import mgc.scenario.ScenarioRun;
import mgc.scenario.ScenarioRunner;
import mgc.scenario.Scenario;
import mgc.output.Formats.Destination;
import mgc.output.Formats.Format;
import mgc.scenario.TestReport;
import mgc.scenario.TestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "test", description = "Run scenario files (*.scenario.yaml): each states the verdict a system must get under each revision.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every scenario passed (and coverage is at least --min-coverage)",
                "1:a scenario failed, or coverage is below --min-coverage",
                "2:input or usage error: a bad scenario or revision file, no scenario files found (wins over 1)"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc test",
                "  mgc test --coverage scenarios/",
                "  mgc test --min-coverage 90 --format json scenarios/",
                "  mgc test --format junit --output TEST-mgc.xml",
                "  mgc test --as-of 2015-06-01 scenarios/"})
public final class TestCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Option(names = "--coverage", description = "Report which rules fired, and held within, in each revision across the suite.")
    boolean coverage;

    @Option(names = "--min-coverage", paramLabel = "PCT", description = "Fail (exit 1) when rule coverage is below PCT percent; implies --coverage.")
    Double minCoverage;

    @Option(names = "--format", defaultValue = "text", converter = OutputFormats.TestOption.class,
            completionCandidates = OutputFormats.TestOption.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format<OutputFormats.TestContext, TestReport> format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically: all or nothing) instead of standard output.")
    Path output;

    // Scenarios name their revisions, so a date cannot choose the rule base for them: it chooses
    // which of their expectations to run, those under the revision in force on the date.
    @Option(names = "--as-of", paramLabel = "DATE", description = "Run only the expectations under the revision in force on DATE "
            + "(YYYY, YYYY-MM or YYYY-MM-DD); scenarios with none under it, and unchanged: claims, are left out.")
    String asOf;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Scenario files or folders searched for *.scenario.yaml (default: "
            + ScenarioFiles.DEFAULT_FOLDER + ").")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (minCoverage != null && (minCoverage.isNaN() || minCoverage < 0 || minCoverage > 100)) {
            return Errors.report(err, List.of(new InputError("--min-coverage", 0, 0, "--min-coverage",
                    "must be a percentage from 0 to 100, got " + minCoverage)));
        }
        RuleSet ruleSet;
        List<InputFile> shippedRevisionFiles;
        try {
            RulesDirectory directory = rules.directory();
            ruleSet = rules.load();
            shippedRevisionFiles = directory.revisionFiles();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        if (asOf != null) {
            try {
                dated = Optional.of(mgc.revision.AsOf.of(ruleSet.catalog(), asOf));
            } catch (IllegalArgumentException e) {
                return Errors.report(err, List.of(new InputError("--as-of", 0, 0, null, e.getMessage())));
            }
        }
        return ReportOutput.write(output, out, err, destination -> test(ruleSet, shippedRevisionFiles, destination));
    }

    private Optional<mgc.revision.AsOf> dated = Optional.empty();

    /** Scenarios name their own revisions, so every revision loaded is one the run may use (with --as-of, that one). */
    private mgc.output.Provenance provenance(RuleSet ruleSet) {
        List<String> ids = dated.map(d -> List.of(d.revision().id()))
                .orElseGet(() -> ruleSet.catalog().everything().stream().map(mgc.revision.Revision::id).toList());
        return new mgc.output.Provenance(Version.current(), ruleSet.digest(), ids, dated.map(d -> List.of(d.describe())).orElse(List.of()));
    }

    /** With --as-of: the scenario's expectations under the date's revision only, or none when it has none. */
    private Optional<Scenario> asOf(Scenario scenario) {
        if (dated.isEmpty()) {
            return Optional.of(scenario);
        }
        String id = dated.get().revision().id();
        List<mgc.scenario.Expectation> kept = scenario.expectations().stream().filter(e -> e.revision().equals(id)).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Scenario(scenario.name(), scenario.location(), scenario.system(),
                scenario.revisionFiles(), kept, Optional.empty()));
    }

    private ReportOutput.Outcome test(RuleSet ruleSet, List<InputFile> shippedRevisionFiles, Destination destination) throws IOException {
        TestReport writer = format.open(destination, new OutputFormats.TestContext(provenance(ruleSet), dated.map(mgc.revision.AsOf::describe)));
        TestSummary summary = TestSummary.empty();
        for (InputError error : ruleSet.revisionErrors()) {
            writer.error(error);
            summary = summary.error();
        }
        ScenarioFiles.Expanded files = ScenarioFiles.expand(paths.isEmpty() ? List.of(ScenarioFiles.DEFAULT_FOLDER) : paths);
        for (InputError error : files.errors()) {
            writer.error(error);
            summary = summary.error();
        }
        List<InputFile> userRevisionFiles = rules.revisionFiles.stream().map(InputFile::of).toList();
        ScenarioReader reader = new ScenarioReader(rules.reader(), ruleSet.ruleBase().rules().stream().map(RuleInfo::id).toList());
        try (ScenarioRunner runner = new ScenarioRunner(ruleSet.ruleBase(), ruleSet.catalog(), shippedRevisionFiles,
                userRevisionFiles, rules.reader())) {
            for (String file : files.files()) {
                summary = summary.file();
                ScenarioReader.Result read = reader.read(file);
                for (Scenario scenario : read.scenarios().stream().map(this::asOf).flatMap(Optional::stream).toList()) {
                    ScenarioRun run = runner.run(scenario);
                    writer.result(run);
                    summary = summary.add(run);
                }
                for (InputError error : read.errors()) {
                    writer.error(error);
                    summary = summary.error();
                }
            }
            boolean showCoverage = coverage || minCoverage != null;
            TestReport.End end = new TestReport.End(summary, showCoverage ? Optional.of(runner.coverage()) : Optional.empty(),
                    Optional.ofNullable(minCoverage));
            writer.end(end);
            int status = summary.errors() > 0 ? ExitStatus.ERROR
                    : summary.failed() > 0 || end.belowMinimum() ? ExitStatus.FINDINGS : ExitStatus.OK;
            return new ReportOutput.Outcome(status, Optional.of(summary.line()));
        }
    }
}
