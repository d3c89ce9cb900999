package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mgc.capability.CapabilityAssessment;
import mgc.batch.BatchRunner;
import mgc.batch.Workers;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.output.Formats.Destination;
import mgc.output.Formats.Format;
import mgc.output.Provenance;
import mgc.report.ReportSettings;
import mgc.report.chart.Envelopes;
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

@Command(name = "check", description = "Check spec files against the current guideline, or the revisions you choose.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every system permitted under every revision checked",
                "1:a system prohibited under at least one revision",
                "2:input or usage error: a bad file, an unknown revision, no spec files found (wins over 1)"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc check scenarios/examples/hyunmoo-2c.yaml",
                "  mgc check --all-revisions --format markdown specs/",
                "  mgc check --revision 2017 --revision-file my.revision.yaml specs/",
                "  mgc check --format jsonl --output results.jsonl batch.jsonl",
                "  cat batch.jsonl | mgc check --input-format jsonl -"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Option(names = "--revision", paramLabel = "ID", description = "Revision to check against (repeatable). Default: the current one, plus any --revision-file.")
    List<String> revisionIds = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Check against the revision in force on DATE (YYYY, YYYY-MM or YYYY-MM-DD; a partial date is its first day; repeatable). "
                    + "The report says which revision and which of the record's dates decided it.")
    List<String> asOf = new ArrayList<>();

    @Option(names = "--readings", description = "Per system and revision, the verdict under the base reading and the "
            + "alternative readings (BASE~NAME) of that revision that change it; formats text, json, markdown, html.")
    boolean readings;

    @Option(names = "--all-revisions", description = "Check against every revision, shipped and hypothetical.")
    boolean allRevisions;

    @Option(names = "--format", defaultValue = "text", converter = OutputFormats.CheckOption.class,
            completionCandidates = OutputFormats.CheckOption.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format<ReportSettings, ReportWriter> format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically: all or nothing) instead of standard output.")
    Path output;

    @Option(names = "--explain", description = "Show, per system and revision, the rules the engine matched and fired, with the facts.")
    boolean explain;

    @Mixin
    CapabilityArguments capability;

    @Option(names = "--nearest", description = "For each prohibited system and revision, the smallest change of each field alone that makes it permitted (confirmed by the rule base).")
    boolean nearest;

    @Option(names = "--max-errors", paramLabel = "N", defaultValue = "" + ReportSettings.DEFAULT_MAX_ERRORS,
            description = "In text output, print at most N input errors, then \"... and M more\" (0: all; default ${DEFAULT-VALUE}). The counts and exit status always include every error.")
    int maxErrors;

    @Mixin
    ProgressOption progress;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour verdicts in text output: auto (on a terminal, unless NO_COLOR is set), always, never (default ${DEFAULT-VALUE}).")
    ColorMode color;

    @Option(names = "--depends-ok", description = "Exit 0, not 1, when a system with intervals is permitted in part of its box only (verdict depends).")
    boolean dependsOk;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for JSON Lines (.jsonl) input (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--allow-empty", description = "Exit 0 when the PATHs hold no spec file (default: that is an error, exit 2).")
    boolean allowEmpty;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "detect",
            description = "How to read - (stdin): ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: JSON Lines when the first line is a whole JSON object, else YAML).")
    BatchRunner.StdinFormat inputFormat;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Spec files (.yaml, .yml, .json, .jsonl: one system a line), folders (searched recursively) or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (explain && !format.shows("--explain")) {
            return Errors.report(err, List.of(new InputError("--explain", 0, 0, null,
                    "the trace is shown by --format text or json, not " + format)));
        }
        if (maxErrors < 0) {
            return Errors.report(err, List.of(new InputError("--max-errors", 0, 0, "--max-errors", "must be 0 (all) or more, got " + maxErrors)));
        }
        if (threads < 1) {
            return Errors.report(err, List.of(new InputError("--threads", 0, 0, "--threads", "must be at least 1, got " + threads)));
        }
        RuleSet ruleSet;
        try {
            ruleSet = rules.load();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        List<Revision> selected;
        Provenance provenance;
        Optional<CapabilityAssessment> capabilityCheck;
        try {
            RevisionSelection.Chosen chosen = RevisionSelection.select(ruleSet, revisionIds, allRevisions, asOf);
            selected = chosen.revisions();
            if (readings) {
                if (!format.shows("--readings")) {
                    throw new InputException(List.of(new InputError("--readings", 0, 0, null,
                            "readings are shown by --format text, json, markdown or html, not " + format)));
                }
                // Each selected revision followed by its alternative readings.
                List<Revision> withReadings = new ArrayList<>();
                for (Revision revision : selected) {
                    withReadings.add(revision);
                    ruleSet.catalog().readingsOf(revision.id()).stream().filter(r -> !withReadings.contains(r)).forEach(withReadings::add);
                }
                selected = withReadings;
            }
            provenance = new Provenance(Version.current(), ruleSet.digest(), selected.stream().map(Revision::id).toList(), chosen.dating());
            capabilityCheck = capability.check();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        List<Revision> revisions = selected;
        return ReportOutput.write(output, out, err, destination -> check(ruleSet, revisions, provenance, capabilityCheck, destination));
    }

    private ReportOutput.Outcome check(RuleSet ruleSet, List<Revision> selected, Provenance provenance,
                                       Optional<CapabilityAssessment> capabilityCheck, Destination destination) throws IOException {
        ReportWriter writer = format.open(destination, new ReportSettings(ruleSet.ruleBase().rules(), explain, readings, provenance,
                maxErrors, color.enabled(System.getenv(), output == null && ColorMode.stdoutIsTerminal()),
                new Envelopes(ruleSet.ruleBase())));
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(selected);
             Workers workers = threads > 1 ? new Workers(threads, () -> ruleSet.ruleBase().newEvaluator(selected)) : null) {
            if (explain) {
                evaluator.explain();
            }
            BatchRunner runner = new BatchRunner(rules.reader(), evaluator, writer, System.in, capabilityCheck, workers)
                    .stdinFormat(inputFormat);
            if (nearest) {
                runner.nearest();
            }
            writer.begin(selected);
            for (InputError error : ruleSet.revisionErrors()) {
                runner.error(error);
            }
            SpecInputs.Expanded inputs = SpecInputs.expand(paths, allowEmpty);
            for (InputError error : inputs.errors()) {
                runner.error(error);
            }
            try (ProgressMeter meter = progress.meter("check", "systems", -1, System.err)) {
                runner.tally().onProgress(meter);
                for (String file : inputs.files()) {
                    runner.file(file);
                }
            }
            RunSummary summary = runner.tally().summary(selected.size());
            writer.end(summary);
            return new ReportOutput.Outcome(runner.tally().anyErrors() ? ExitStatus.ERROR
                    : runner.tally().anyProhibited() || (runner.tally().anyDepends() && !dependsOk) ? ExitStatus.FINDINGS : ExitStatus.OK,
                    Optional.of(summary.line()));
        }
    }
}
