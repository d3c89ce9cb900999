package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.RuleSet;
import mgc.output.Formats.Format;
import mgc.output.Report;
import mgc.report.chart.Envelope;
import mgc.report.chart.Envelopes;
import mgc.report.chart.EnvelopeChart;
import mgc.revision.Revision;
import mgc.spec.SystemType;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "envelope", description = "Draw the range-payload envelopes of revisions for one system type, as SVG or PNG.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:chart written",
                "2:input or usage error: an unknown type or revision, a bad revision file, a type with nothing to draw"},
        footerHeading = "%nExamples:%n",
        footer = {"  mgc envelope > ballistic.svg",
                "  mgc envelope --type cruise-missile --output cruise.png",
                "  mgc envelope --revision 2012 --revision 2017 --output tradeoff.svg"})
public final class EnvelopeCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    RuleOptions rules;

    @Option(names = "--revision", paramLabel = "ID", description = "Revision to draw (repeatable). Default: every revision, shipped and hypothetical.")
    List<String> revisionIds = new ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "ballistic-missile",
            description = "System type: ballistic-missile, cruise-missile, uav, space-launch-vehicle (default: ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--output", paramLabel = "FILE", description = "chart.svg or chart.png (written atomically). Default: SVG on standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        SystemType systemType = SystemType.byId().get(type);
        if (systemType == null) {
            return Errors.report(err, List.of(new InputError("--type", 0, 0, null, "unknown system type \"" + type
                    + "\"; expected one of " + String.join(", ", SystemType.byId().keySet()))));
        }
        if (!systemType.requiresRangeAndPayload()) {
            // Its only term caps total impulse: a range-payload chart of it would be an empty frame.
            return Errors.report(err, List.of(new InputError("--type", 0, 0, null, systemType.id()
                    + " has no range-payload terms to draw (its limit is on total impulse; see mgc revisions show ID);"
                    + " nothing written")));
        }
        String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (output != null && !png && !name.endsWith(".svg")) {
            return Errors.report(err, List.of(InputError.ofFile(output.toString(), "--output: name the file .svg or .png")));
        }
        RuleSet ruleSet;
        List<Revision> selected;
        try {
            ruleSet = rules.load();
            selected = RevisionSelection.select(ruleSet, revisionIds, revisionIds.isEmpty());
        } catch (InputException e) {
            return Errors.report(err, e.errors());
        }
        int status = ruleSet.revisionErrors().isEmpty() ? ExitStatus.OK : Errors.report(err, ruleSet.revisionErrors());
        List<Envelope> envelopes = new Envelopes(ruleSet.ruleBase()).of(selected, systemType);
        JFreeChart chart = EnvelopeChart.build(systemType.id() + ": permitted range-payload envelopes", systemType, envelopes, List.of());
        Format<Void, Report<JFreeChart, Void>> chosen = OutputFormats.ENVELOPE.named(png ? "png" : "svg").orElseThrow();
        return ReportOutput.write(output, out, err, destination -> {
            Report<JFreeChart, Void> report = chosen.open(destination, null);
            report.begin(selected);
            report.result(chart);
            report.end(null);
            return new ReportOutput.Outcome(status, Optional.empty());
        });
    }
}
