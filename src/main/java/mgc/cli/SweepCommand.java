package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.RuleSet;
import mgc.output.Formats.Format;
import mgc.output.Provenance;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import mgc.sweep.Axis;
import mgc.sweep.Boundary;
import mgc.sweep.Sweep;
import mgc.sweep.SweepReport;
import mgc.sweep.SweepRequest;
import mgc.units.Dimension;
import mgc.units.QuantityParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sweep", description = {
        "Write, per revision and range, the largest permitted payload of a range x payload grid (the permitted boundary).",
        "Evaluates every point of the grid for one system type against the chosen revisions."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:boundary written",
                "2:input or usage error: a bad axis, type, revision or revision file"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc sweep --type ballistic-missile --range 100:2000:100 --payload 0:3000:100 --all-revisions",
                "  mgc sweep --type cruise-missile --range 0:1000:50 --payload 0:2000:100 --format json --output boundary.json"})
public final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    ProgressOption progress;

    @Mixin
    RuleOptions rules;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "System type: ballistic-missile, cruise-missile, uav, space-launch-vehicle.")
    String type;

    @Option(names = "--range", required = true, paramLabel = "MIN:MAX:STEP", description = "Ranges in km, MAX inclusive (e.g. 0:2000:10).")
    String range;

    @Option(names = "--payload", required = true, paramLabel = "MIN:MAX:STEP", description = "Payloads in kg, MAX inclusive (e.g. 0:5000:10).")
    String payload;

    @Option(names = "--propellant", paramLabel = "P", description = "Fixed propellant of every point (solid, liquid, hybrid). Default: not declared.")
    String propellant;

    @Option(names = "--total-impulse", paramLabel = "Q", description = "Fixed total impulse of every point, with a unit (e.g. \"1000000 lbf*s\"). Default: not declared.")
    String totalImpulse;

    @Option(names = "--revision", paramLabel = "ID", description = "Revision to sweep (repeatable). Default: the current one, plus any --revision-file.")
    List<String> revisionIds = new ArrayList<>();

    @Option(names = "--all-revisions", description = "Sweep every revision, shipped and hypothetical.")
    boolean allRevisions;

    @Option(names = "--format", defaultValue = "csv", converter = OutputFormats.SweepOption.class,
            completionCandidates = OutputFormats.SweepOption.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format<Provenance, SweepReport> format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output (moved into place when complete).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        SweepRequest request;
        RuleSet ruleSet;
        try {
            List<InputError> errors = new ArrayList<>();
            SystemType systemType = choice("--type", type, SystemType.byId(), errors);
            Propellant fixedPropellant = propellant == null ? null : choice("--propellant", propellant, Propellant.byId(), errors);
            Double impulse = null;
            if (totalImpulse != null) {
                try {
                    impulse = QuantityParser.parse(totalImpulse, Dimension.IMPULSE).value();
                } catch (QuantityParser.QuantityException e) {
                    errors.add(new InputError("--total-impulse", 0, 0, "--total-impulse", e.getMessage()));
                }
            }
            if (threads < 1) {
                errors.add(new InputError("--threads", 0, 0, "--threads", "must be at least 1, got " + threads));
            }
            Axis ranges = axis("--range", "km", range, errors);
            Axis payloads = axis("--payload", "kg", payload, errors);
            if (ranges != null && payloads != null && (long) ranges.count() * payloads.count() > Sweep.MAX_POINTS) {
                errors.add(new InputError("--range", 0, 0, "--range", "the grid has " + (long) ranges.count() * payloads.count()
                        + " points, over the limit of " + Sweep.MAX_POINTS + "; use larger steps"));
            }
            if (!errors.isEmpty()) {
                return Errors.report(err, errors);
            }
            ruleSet = rules.load();
            if (!ruleSet.revisionErrors().isEmpty()) {
                return Errors.report(err, ruleSet.revisionErrors());
            }
            List<Revision> selected = RevisionSelection.select(ruleSet, revisionIds, allRevisions);
            request = new SweepRequest(systemType, ranges, payloads, fixedPropellant, impulse, selected);
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        Boundary.Result result;
        try (ProgressMeter meter = progress.meter("sweep", "ranges", request.range().count(), System.err)) {
            result = new Sweep(() -> ruleSet.ruleBase().newEvaluator(request.revisions()), threads).onProgress(meter).run(request);
        }
        Provenance provenance = new Provenance(Version.current(), ruleSet.digest(),
                request.revisions().stream().map(Revision::id).toList(), List.of());
        return ReportOutput.write(output, out, err, destination -> {
            format.open(destination, provenance).write(result);
            return new ReportOutput.Outcome(ExitStatus.OK, java.util.Optional.empty());
        });
    }

    private static <E> E choice(String option, String word, java.util.Map<String, E> vocabulary, List<InputError> errors) {
        E value = vocabulary.get(word);
        if (value == null) {
            String hint = mgc.spelling.Spelling.nearest(word, vocabulary.keySet()).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            errors.add(new InputError(option, 0, 0, option, "unknown value \"" + word + "\"" + hint
                    + "; expected one of " + String.join(", ", vocabulary.keySet())));
        }
        return value;
    }

    private static Axis axis(String option, String unit, String text, List<InputError> errors) {
        try {
            return Axis.parse(option, unit, text);
        } catch (InputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
