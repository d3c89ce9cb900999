package mgc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mgc.capability.CapabilityCheck;
import mgc.check.CheckRunner;
import mgc.check.Workers;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.report.AtomicOutput;
import mgc.report.JsonLinesReport;
import mgc.report.ReportFormat;
import mgc.report.ReportSettings;
import mgc.report.ReportWriter;
import mgc.revision.Revision;
import mgc.spec.SpecInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", description = "Check spec files against the current guideline, or the revisions you choose.")
public final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Option(names = "--revision", paramLabel = "ID", description = "Revision to check against (repeatable). Default: the current one, plus any --revision-file.")
    List<String> revisionIds = new ArrayList<>();

    @Option(names = "--all-revisions", description = "Check against every revision, shipped and hypothetical.")
    boolean allRevisions;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically: all or nothing) instead of standard output.")
    Path output;

    @Option(names = "--explain", description = "Show, per system and revision, the rules the engine matched and fired, with the facts.")
    boolean explain;

    @Mixin
    CapabilityArguments capability;

    @Option(names = "--nearest", description = "For each prohibited system and revision, the smallest change of each field alone that makes it permitted (confirmed by the rule base).")
    boolean nearest;

    @Option(names = "--depends-ok", description = "Exit 0, not 1, when a system with intervals is permitted in part of its box only (verdict depends).")
    boolean dependsOk;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for JSON Lines (.jsonl) input (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Spec files (.yaml, .yml, .json, .jsonl: one system a line), folders (searched recursively) or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (explain && !format.explains()) {
            return Errors.report(err, List.of(new InputError("--explain", 0, 0, null,
                    "the trace is shown by --format text or json, not " + format)));
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
        Optional<CapabilityCheck> capabilityCheck;
        try {
            selected = RevisionSelection.select(ruleSet, revisionIds, allRevisions);
            capabilityCheck = capability.check();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        if (output == null) {
            // Standard output is only known as a writer, so JSON Lines chunks reach it as text.
            return check(ruleSet, selected, capabilityCheck, out, null, err);
        }
        try (AtomicOutput file = AtomicOutput.create(output)) {
            int status = check(ruleSet, selected, capabilityCheck, file.writer(), file.stream(), err);
            file.commit();
            return status;
        } catch (IOException e) {
            return Errors.report(err, List.of(InputError.ofFile(output.toString(), "--output: cannot write: " + e.getMessage())));
        }
    }

    /** @param raw the byte stream under {@code out} (an --output file), or null */
    private int check(RuleSet ruleSet, List<Revision> selected, Optional<CapabilityCheck> capabilityCheck,
                      PrintWriter out, OutputStream raw, PrintWriter err) throws IOException {
        // JSON Lines chunks encoded on the workers go straight to the file's bytes.
        ReportWriter writer = format == ReportFormat.jsonl && raw != null ? new JsonLinesReport(out, raw)
                : format.open(out, err, new ReportSettings(ruleSet.ruleBase().rules(), explain));
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(selected);
             Workers workers = threads > 1 ? new Workers(threads, () -> ruleSet.ruleBase().newEvaluator(selected)) : null) {
            if (explain) {
                evaluator.explain();
            }
            CheckRunner runner = new CheckRunner(rules.reader(), evaluator, writer, System.in, capabilityCheck, workers);
            if (nearest) {
                runner.nearest();
            }
            writer.begin(selected);
            for (InputError error : ruleSet.revisionErrors()) {
                runner.error(error);
            }
            SpecInputs.Expanded inputs = SpecInputs.expand(paths);
            for (InputError error : inputs.errors()) {
                runner.error(error);
            }
            for (String file : inputs.files()) {
                runner.file(file);
            }
            writer.end(runner.tally().summary(selected.size()));
            return runner.tally().anyErrors() ? ExitStatus.ERROR
                    : runner.tally().anyProhibited() || (runner.tally().anyDepends() && !dependsOk) ? ExitStatus.FINDINGS : ExitStatus.OK;
        }
    }
}
