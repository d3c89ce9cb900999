package mgc.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mgc.batch.BatchRunner;
import mgc.document.InputException;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.output.Formats;
import mgc.output.Formats.Format;
import mgc.output.Provenance;
import mgc.report.ReportWriter;
import mgc.output.RunSummary;
import mgc.revision.Revision;
import mgc.spec.SpecInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", description = {"For each system, when its verdict changed over the guideline's history (1979 to its end in 2021).",
        "Each revision is in force from its default date to the next one's (docs/record.md); the dates used are printed first."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every system's history was written", "2:input or usage error: a bad spec file, no spec files found"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc timeline scenarios/examples/", "  mgc timeline --format json scenarios/examples/hyunmoo-4.yaml",
                "  mgc timeline --format html scenarios/examples/ > timeline.html"})
public final class TimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Option(names = "--format", defaultValue = "text", converter = OutputFormats.TimelineOption.class,
            completionCandidates = OutputFormats.TimelineOption.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format<Provenance, ReportWriter> format;

    @Option(names = "--allow-empty", description = "Exit 0 when the PATHs hold no spec file (default: that is an error, exit 2).")
    boolean allowEmpty;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Spec files or folders (or - for stdin).")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        RuleSet ruleSet;
        try {
            ruleSet = rules.load();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        // The guideline's own history: shipped revisions only, never readings or hypotheticals.
        List<Revision> history = ruleSet.catalog().shipped().stream().filter(r -> !r.isReading()).toList();
        Provenance provenance = new Provenance(Version.current(), ruleSet.digest(), history.stream().map(Revision::id).toList(), List.of());
        ReportWriter writer = format.open(Formats.Destination.of(out, err), provenance);
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(history)) {
            BatchRunner runner = new BatchRunner(rules.reader(), evaluator, writer, System.in, Optional.empty(), null);
            writer.begin(history);
            for (mgc.document.InputError error : ruleSet.revisionErrors()) {
                runner.error(error);
            }
            SpecInputs.Expanded inputs = SpecInputs.expand(paths, allowEmpty);
            for (mgc.document.InputError error : inputs.errors()) {
                runner.error(error);
            }
            for (String file : inputs.files()) {
                runner.file(file);
            }
            RunSummary summary = runner.tally().summary(history.size());
            writer.end(summary);
            return runner.tally().anyErrors() ? ExitStatus.ERROR : ExitStatus.OK;
        }
    }
}
