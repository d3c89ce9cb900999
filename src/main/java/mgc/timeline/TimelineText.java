package mgc.timeline;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import mgc.document.InputError;
import mgc.report.ReportWriter;
import mgc.output.RunSummary;
import mgc.report.SystemResult;
import mgc.output.Terminal;
import mgc.revision.Revision;

/** {@code mgc timeline} as text: each system's periods, one line each; errors on the error stream as they come. */
public final class TimelineText implements ReportWriter {

    private final PrintWriter out;
    private final PrintWriter err;
    private List<Revision> revisions = List.of();

    public TimelineText(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void begin(List<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
        out.println("in force from each revision's default date (docs/record.md):");
        for (Revision revision : revisions) {
            out.println("  " + revision.id() + ": " + Terminal.safe(revision.dating().describe()));
        }
        out.println();
    }

    @Override
    public void result(SystemResult result) {
        out.println(Terminal.safe(result.spec().name()) + "  " + result.spec().type().id() + "  "
                + Terminal.safe(result.spec().location().toString()));
        for (Period period : History.of(revisions, result)) {
            out.println("  " + Terminal.safe(period.describe()));
        }
        History.ended(revisions).ifPresent(d -> out.println("  no guideline since " + d + " (ended: no limits apply)"));
        out.flush();
    }

    @Override
    public void error(InputError error) {
        err.println(Terminal.errorLine(error));
        err.flush();
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        out.println();
        out.println(summary.systems() + " system" + (summary.systems() == 1 ? "" : "s") + " over " + revisions.size()
                + " revisions, " + summary.errors() + " error" + (summary.errors() == 1 ? "" : "s"));
        out.flush();
    }
}
