package mgc.report;

import mgc.output.Terminal;
import mgc.output.Provenance;
import mgc.output.RunSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;

/**
 * A Markdown table for pull-request comments: one row per system and revision with its verdict and
 * findings, then the input errors and a summary line. User strings are escaped so a name cannot
 * break the table, open a code span, inject HTML or a link.
 */
public final class MarkdownReport implements ReportWriter {

    private final PrintWriter out;
    private final List<InputError> errors = new ArrayList<>();

    private final Provenance provenance;

    public MarkdownReport(PrintWriter out) {
        this(out, Provenance.UNKNOWN);
    }

    public MarkdownReport(PrintWriter out, Provenance provenance) {
        this.out = out;
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) {
        out.println("## mgc check");
        out.println();
        out.println("Revisions: " + String.join(", ", revisions.stream().map(r -> escape(r.label())).toList()));
        out.println();
        out.println("| System | Type | Revision | Verdict | Findings |");
        out.println("|---|---|---|---|---|");
    }

    @Override
    public void result(SystemResult result) {
        SystemSpec spec = result.spec();
        for (Verdict verdict : result.verdicts()) {
            Decision decided = result.decision(verdict);
            boolean prohibited = decided == Decision.PROHIBITED;
            boolean depends = decided == Decision.DEPENDS;
            List<String> findings = new ArrayList<>();
            result.box(verdict).filter(b -> depends).ifPresent(b -> findings.add(escape(DependsText.line(b))));
            for (Reason reason : result.reasons(verdict)) {
                findings.add(escape(reason.rule()) + ": " + escape(reason.message()) + " (source: " + escape(reason.source()) + ")");
            }
            out.println("| " + escape(spec.name()) + " | " + escape(spec.type().id()) + " | " + escape(verdict.revision().label())
                    + " | " + (prohibited ? "**prohibited**" : depends ? "**depends**" : "permitted") + " | " + String.join("<br>", findings) + " |");
        }
        out.flush();
    }

    @Override
    public void error(InputError error) {
        errors.add(error);
    }

    @Override
    public void end(RunSummary summary) {
        out.println();
        if (!errors.isEmpty()) {
            out.println("### Input errors");
            out.println();
            for (InputError error : errors) {
                out.println("- " + escape(error.describe()));
            }
            out.println();
        }
        out.println("**" + summary.systems() + " system" + (summary.systems() == 1 ? "" : "s") + "** in " + summary.files()
                + " file" + (summary.files() == 1 ? "" : "s") + " x " + summary.revisions() + " revision"
                + (summary.revisions() == 1 ? "" : "s") + ": " + summary.permitted() + " permitted, " + summary.prohibited()
                + " prohibited, " + (summary.depends() > 0 ? summary.depends() + " depends, " : "") + summary.errors() + " error" + (summary.errors() == 1 ? "" : "s"));
        out.println();
        for (String line : provenance.dating()) {
            out.println("_" + escape(line) + "_  ");
        }
        out.println("<sub>" + escape(provenance.line()) + "</sub>");
        out.flush();
    }

    /**
     * Makes a user string inert in a GitHub-flavoured Markdown table cell: Markdown punctuation is
     * backslash-escaped, HTML specials become entities, line breaks become spaces (a break would
     * end the row) and other control characters are shown as {@code \\uXXXX}.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        String safe = Terminal.safe(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '`', '\\', '*', '_', '[', ']', '#', '~', '!' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
