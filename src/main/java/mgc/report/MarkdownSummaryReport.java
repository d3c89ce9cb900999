package mgc.report;

import mgc.output.Provenance;
import mgc.output.RunSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.revision.Revision;

/**
 * Markdown sized for a pull-request comment (GitHub refuses comments over 65,536 characters):
 * a system x revision verdict matrix, then only what failed, each with its reasons, then the
 * input errors and the summary. Past the caps the rest is counted, not printed, and the comment
 * says so; memory stays bounded however large the batch. The verdicts are the same decisions
 * every format prints ({@link SystemResult#decision}).
 */
public final class MarkdownSummaryReport implements ReportWriter {

    /** Matrix rows shown; the rest are counted. */
    static final int MAX_ROWS = 200;
    /** Characters of failure and error detail; with the matrix this stays under GitHub's 65,536. */
    static final int MAX_DETAIL_CHARS = 30_000;

    private final PrintWriter out;
    private final Provenance provenance;
    private List<Revision> revisions = List.of();
    private final List<String> rows = new ArrayList<>();
    private int rowsLeftOut;
    private final StringBuilder failures = new StringBuilder();
    private int failuresLeftOut;
    private final StringBuilder errors = new StringBuilder();
    private int errorsLeftOut;

    public MarkdownSummaryReport(PrintWriter out, Provenance provenance) {
        this.out = out;
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
    }

    @Override
    public void result(SystemResult result) {
        StringBuilder row = new StringBuilder("| " + MarkdownReport.escape(result.spec().name()) + " |");
        for (Verdict verdict : result.verdicts()) {
            Decision decision = result.decision(verdict);
            row.append(' ').append(decision == Decision.PERMITTED ? "permitted" : "**" + decision.id() + "**").append(" |");
            if (decision != Decision.PERMITTED) {
                failure(result, verdict, decision);
            }
        }
        if (rows.size() < MAX_ROWS) {
            rows.add(row.toString());
        } else {
            rowsLeftOut++;
        }
    }

    private void failure(SystemResult result, Verdict verdict, Decision decision) {
        StringBuilder item = new StringBuilder("- **" + MarkdownReport.escape(result.spec().name()) + "** "
                + decision.id() + " under " + MarkdownReport.escape(verdict.revision().label()) + " ("
                + MarkdownReport.escape(result.spec().location().toString()) + ")");
        result.box(verdict).filter(b -> decision == Decision.DEPENDS)
                .ifPresent(b -> item.append(": ").append(MarkdownReport.escape(DependsText.line(b))));
        for (Reason reason : result.reasons(verdict)) {
            item.append("\n  - ").append(MarkdownReport.escape(reason.rule())).append(": ").append(MarkdownReport.escape(reason.message()));
        }
        if (failures.length() + errors.length() + item.length() < MAX_DETAIL_CHARS) {
            failures.append(item).append('\n');
        } else {
            failuresLeftOut++;
        }
    }

    @Override
    public void error(InputError error) {
        String item = "- " + MarkdownReport.escape(error.describe()) + "\n";
        if (failures.length() + errors.length() + item.length() < MAX_DETAIL_CHARS) {
            errors.append(item);
        } else {
            errorsLeftOut++;
        }
    }

    @Override
    public void end(RunSummary summary) {
        out.println("## mgc check: " + summary.prohibited() + " prohibited, "
                + (summary.depends() > 0 ? summary.depends() + " depends, " : "") + summary.errors() + " error"
                + (summary.errors() == 1 ? "" : "s"));
        out.println();
        if (!rows.isEmpty()) {
            out.println("| System |" + String.join("", revisions.stream().map(r -> " " + MarkdownReport.escape(r.label()) + " |").toList()));
            out.println("|---|" + "---|".repeat(revisions.size()));
            rows.forEach(out::println);
            if (rowsLeftOut > 0) {
                out.println();
                out.println("_... and " + rowsLeftOut + " more system" + (rowsLeftOut == 1 ? "" : "s")
                        + " (the full report: --format markdown or html)._");
            }
            out.println();
        }
        if (failures.length() > 0 || failuresLeftOut > 0) {
            out.println("### Not permitted");
            out.println();
            out.print(failures);
            if (failuresLeftOut > 0) {
                out.println("- _... and " + failuresLeftOut + " more, left out to fit a comment._");
            }
            out.println();
        }
        if (errors.length() > 0 || errorsLeftOut > 0) {
            out.println("### Input errors");
            out.println();
            out.print(errors);
            if (errorsLeftOut > 0) {
                out.println("- _... and " + errorsLeftOut + " more, left out to fit a comment._");
            }
            out.println();
        }
        out.println(summary.line());
        out.println();
        out.println("<sub>" + MarkdownReport.escape(provenance.line()) + "</sub>");
        out.flush();
    }
}
