package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mgc.compare.AnalysisException;
import mgc.compare.CompareReport;
import mgc.compare.Comparison;
import mgc.compare.RevisionComparison;
import mgc.compare.TypeComparison;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.RuleSet;
import mgc.output.Formats.Destination;
import mgc.output.Formats.Format;
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
                "  mgc compare --format json 2001 2012",
                "  mgc compare --as-of 2015-06-01 --to-as-of 2018-01-01",
                "  mgc compare --as-of 2015-06 2020 specs/"})
public final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    // --capability: a system counts as prohibited under a revision when any configuration its
    // stages allow is (see docs/capability.md); --mtcr adds nothing to a comparison.
    @Mixin
    CapabilityArguments capability;

    @Option(names = "--format", defaultValue = "text", converter = OutputFormats.CompareOption.class,
            completionCandidates = OutputFormats.CompareOption.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format<OutputFormats.CompareContext, CompareReport> format;

    @Option(names = "--allow-empty", description = "Accept spec PATHs that hold no spec file (default: that is an error, exit 2).")
    boolean allowEmpty;

    @Option(names = "--only-specs", description = "Exit 1 only when a given spec changes verdict: differences in terms "
            + "none of the specs meets (another system type, a launch-vehicle cap) are shown but do not fail. Needs PATHs.")
    boolean onlySpecs;

    // A date stands in for an id by option, not in the id's place: "2012" is both a revision id
    // and a date (YYYY), so a positional date would be ambiguous.
    @Option(names = "--as-of", paramLabel = "DATE", description = "Compare from the revision in force on DATE "
            + "(YYYY, YYYY-MM or YYYY-MM-DD) instead of a FROM id.")
    String fromAsOf;

    @Option(names = "--to-as-of", paramLabel = "DATE", description = "Compare to the revision in force on DATE instead of a TO id.")
    String toAsOf;

    @Parameters(index = "0..*", paramLabel = "FROM TO PATH", description = {"FROM and TO: revision ids (shipped, or from a "
            + "--revision-file), each left out when --as-of / --to-as-of gives it by date.",
            "PATH: spec files or folders whose systems to check under both revisions."})
    List<String> arguments = new ArrayList<>();

    String fromId;
    String toId;
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        int ids = (fromAsOf == null ? 1 : 0) + (toAsOf == null ? 1 : 0);
        if (arguments.size() < ids) {
            return Errors.report(err, List.of(new InputError(fromAsOf == null ? "FROM" : "TO", 0, 0, null,
                    "give the revisions to compare: FROM and TO ids, or --as-of DATE and --to-as-of DATE in their place")));
        }
        fromId = fromAsOf == null ? arguments.get(0) : null;
        toId = toAsOf == null ? arguments.get(ids - 1) : null;
        paths = new ArrayList<>(arguments.subList(ids, arguments.size()));
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
        List<String> dating = new ArrayList<>();
        try {
            Revision from = side(ruleSet, fromId, "FROM", "--as-of", fromAsOf, dating);
            Revision to = side(ruleSet, toId, "TO", "--to-as-of", toAsOf, dating);
            pair = List.of(from, to);
            fromId = from.id();
            toId = to.id();
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
                java.util.Optional<mgc.capability.CapabilityAssessment> capabilityCheck;
                try {
                    capabilityCheck = capability.check();
                } catch (InputException e) {
                    return Errors.report(err, e.errors());
                }
                revisions.specs(paths, allowEmpty, rules.reader(), System.in, capabilityCheck);
            }
            comparison = revisions.result(types, ruleSet.revisionErrors());
        }
        CompareReport report = format.open(Destination.of(out, err), new OutputFormats.CompareContext(
                new mgc.output.Provenance(Version.current(), ruleSet.digest(), List.of(fromId, toId), dating), dating));
        report.begin(pair);
        report.result(comparison);
        report.end(null);
        boolean fails = onlySpecs ? !comparison.changes().isEmpty() : comparison.differs();
        return !comparison.errors().isEmpty() ? ExitStatus.ERROR : fails ? ExitStatus.FINDINGS : ExitStatus.OK;
    }

    /** One side of the comparison: by id, or the revision in force on a date (its resolution added to dating). */
    private static Revision side(RuleSet ruleSet, String id, String label, String option, String date, List<String> dating) throws InputException {
        if (date == null) {
            return RevisionSelection.one(ruleSet, id, label);
        }
        try {
            mgc.revision.AsOf resolved = mgc.revision.AsOf.of(ruleSet.catalog(), date);
            dating.add((option.equals("--as-of") ? "from " : "to ") + resolved.describe());
            return resolved.revision();
        } catch (IllegalArgumentException e) {
            throw new InputException(List.of(new InputError(option, 0, 0, null, e.getMessage())));
        }
    }
}
