package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import mgc.capability.CapabilityCheck;
import mgc.check.CheckRunner;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.report.AtomicOutput;
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

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Spec files (.yaml, .yml, .json), folders (searched recursively) or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (explain && !format.explains()) {
            return Errors.report(err, List.of(new InputError("--explain", 0, 0, null,
                    "the trace is shown by --format text or json, not " + format)));
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
            selected = RevisionSelection.select(ruleSet.catalog(), revisionIds, allRevisions);
            capabilityCheck = capability.check();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        if (output == null) {
            return check(ruleSet, selected, capabilityCheck, out, err);
        }
        try (AtomicOutput file = AtomicOutput.create(output)) {
            int status = check(ruleSet, selected, capabilityCheck, file.writer(), err);
            file.commit();
            return status;
        } catch (IOException e) {
            return Errors.report(err, List.of(InputError.ofFile(output.toString(), "--output: cannot write: " + e.getMessage())));
        }
    }

    private int check(RuleSet ruleSet, List<Revision> selected, Optional<CapabilityCheck> capabilityCheck,
                      PrintWriter out, PrintWriter err) throws IOException {
        ReportWriter writer = format.open(out, err, new ReportSettings(ruleSet.ruleBase().rules(), explain));
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(selected)) {
            if (explain) {
                evaluator.explain();
            }
            CheckRunner runner = new CheckRunner(rules.reader(), evaluator, writer, System.in, capabilityCheck);
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
                    : runner.tally().anyProhibited() ? ExitStatus.FINDINGS : ExitStatus.OK;
        }
    }
}
