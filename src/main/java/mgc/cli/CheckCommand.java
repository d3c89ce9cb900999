package mgc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mgc.check.CheckRunner;
import mgc.check.Workers;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.report.JsonLinesReport;
import mgc.report.JsonReport;
import mgc.report.ReportWriter;
import mgc.report.TextReport;
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

    enum OutputFormat { text, json, jsonl }

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Option(names = "--revision", paramLabel = "ID", description = "Revision to check against (repeatable). Default: the current one, plus any --revision-file.")
    List<String> revisionIds = new ArrayList<>();

    @Option(names = "--all-revisions", description = "Check against every revision, shipped and hypothetical.")
    boolean allRevisions;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (written to a temporary file, moved into place when complete).")
    Path output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for JSON Lines (.jsonl) input (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Spec files (.yaml, .yml, .json, .jsonl: one system a line), folders (searched recursively) or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        RuleSet ruleSet;
        try {
            ruleSet = rules.load();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        List<Revision> selected;
        try {
            selected = RevisionSelection.select(ruleSet.catalog(), revisionIds, allRevisions);
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        if (threads < 1) {
            return Errors.report(err, List.of(new InputError("--threads", 0, 0, "--threads", "must be at least 1, got " + threads)));
        }
        try {
            // Standard output is only known as a writer (its encoding is the platform's), so
            // encoded chunks reach it as text; an --output file also takes them as bytes.
            return AtomicOutput.write(output, out, null, (file, raw) -> run(ruleSet, selected, file, raw, err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.ERROR;
        }
    }

    private int run(RuleSet ruleSet, List<Revision> selected, PrintWriter out, OutputStream raw, PrintWriter err)
            throws IOException {
        ReportWriter writer = switch (format) {
            case json -> new JsonReport(out);
            case jsonl -> new JsonLinesReport(out, raw);
            case text -> new TextReport(out, err);
        };
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(selected);
             Workers workers = threads > 1 ? new Workers(threads, () -> ruleSet.ruleBase().newEvaluator(selected)) : null) {
            CheckRunner runner = new CheckRunner(rules.reader(), evaluator, writer, System.in, workers);
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
