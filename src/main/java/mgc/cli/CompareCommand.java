package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mgc.compare.AnalysisException;
import mgc.compare.CompareJsonReport;
import mgc.compare.CompareTextReport;
import mgc.compare.Comparison;
import mgc.compare.RevisionComparison;
import mgc.compare.TypeComparison;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.RuleSet;
import mgc.revision.Revision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compare", description = {"Show exactly what changes from revision FROM to revision TO, per system type.",
        "Counterexamples are confirmed by the rule base; with spec PATHs, also which systems' verdicts change."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the two revisions are equivalent (and no given system changes verdict)",
                "1:they differ",
                "2:input or usage error: an unknown revision, a bad revision or spec file (wins over 1)"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc compare 2012 2017",
                "  mgc compare 2017 2020 specs/",
                "  mgc compare --revision-file my.revision.yaml 2017 my-2018",
                "  mgc compare --format json 2001 2012"})
public final class CompareCommand implements Callable<Integer> {

    enum OutputFormat { text, json }

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    // --capability: a system counts as prohibited under a revision when any configuration its
    // stages allow is (see docs/capability.md); --mtcr adds nothing to a comparison.
    @Mixin
    CapabilityArguments capability;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--allow-empty", description = "Accept spec PATHs that hold no spec file (default: that is an error, exit 2).")
    boolean allowEmpty;

    @Option(names = "--only-specs", description = "Exit 1 only when a given spec changes verdict: differences in terms "
            + "none of the specs meets (another system type, a launch-vehicle cap) are shown but do not fail. Needs PATHs.")
    boolean onlySpecs;

    @Parameters(index = "0", paramLabel = "FROM", description = "Revision id to compare from (shipped, or from a --revision-file).")
    String fromId;

    @Parameters(index = "1", paramLabel = "TO", description = "Revision id to compare to.")
    String toId;

    @Parameters(index = "2..*", paramLabel = "PATH", description = "Spec files or folders whose systems to check under both revisions.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        if (onlySpecs && paths.isEmpty()) {
            return Errors.report(err, List.of(new InputError("--only-specs", 0, 0, "--only-specs",
                    "give the spec files or folders whose verdicts must not change (mgc compare --only-specs FROM TO PATH...)")));
        }
        RuleSet ruleSet;
        try {
            ruleSet = rules.load();
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        List<Revision> pair;
        try {
            Revision from = RevisionSelection.one(ruleSet, fromId, "FROM");
            Revision to = RevisionSelection.one(ruleSet, toId, "TO");
            pair = List.of(from, to);
        } catch (InputException e) {
            // A revision missing because its --revision-file is broken: show why, then the unknown id.
            List<InputError> errors = new ArrayList<>(ruleSet.revisionErrors());
            errors.addAll(e.errors());
            return Errors.report(err, errors);
        }
        Comparison comparison;
        try (RevisionComparison revisions = new RevisionComparison(ruleSet.ruleBase(), pair.get(0), pair.get(1))) {
            List<TypeComparison> types;
            try {
                types = revisions.types();
            } catch (AnalysisException e) {
                return Errors.report(err, List.of(InputError.ofFile("compare " + fromId + " " + toId, e.getMessage())));
            }
            if (paths.isEmpty() && (capability.capability || capability.mtcr)) {
                // The per-type regions are exact over every range and payload, so what stages can
                // do changes nothing there; only the verdicts of given specs can change.
                err.println("note: --capability and --mtcr change only the per-spec part of a comparison;"
                        + " give spec PATHs to use them");
                err.flush();
            }
            if (!paths.isEmpty()) {
                java.util.Optional<mgc.capability.CapabilityCheck> capabilityCheck;
                try {
                    capabilityCheck = capability.check();
                } catch (InputException e) {
                    return Errors.report(err, e.errors());
                }
                revisions.specs(paths, allowEmpty, rules.reader(), System.in, capabilityCheck);
            }
            comparison = revisions.result(types, ruleSet.revisionErrors());
        }
        if (format == OutputFormat.json) {
            new CompareJsonReport(out).write(comparison);
        } else {
            new CompareTextReport(out, err).write(comparison);
        }
        boolean fails = onlySpecs ? !comparison.changes().isEmpty() : comparison.differs();
        return !comparison.errors().isEmpty() ? ExitStatus.ERROR : fails ? ExitStatus.FINDINGS : ExitStatus.OK;
    }
}
