package mgc.report;

import mgc.output.Markup;
import mgc.output.Provenance;
import mgc.output.FileSuites;
import mgc.output.JunitNames;
import mgc.output.RunSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.revision.Revision;

/**
 * JUnit XML as CI servers read it: {@code <testsuites>} with a {@code <testsuite>} per input file
 * and a {@code <testcase>} per system and revision, named {@code "<system> [<revision>]"}. A
 * prohibited verdict is a {@code <failure>} whose message carries the findings; an input error is
 * an {@code <error>} in the suite of the file it is in.
 *
 * <p>A suite's counts are attributes that precede its cases, so the cases of one file are held
 * until the next file starts (BatchRunner streams a file's results together); the batch as a whole
 * is never held. No timestamps or times are written, so output is byte-stable.
 */
public final class JunitXmlReport implements ReportWriter {

    private final PrintWriter out;
    private final FileSuites<Suite> suites = new FileSuites<>(Suite::new, this::write);

    private final Provenance provenance;

    public JunitXmlReport(PrintWriter out) {
        this(out, Provenance.UNKNOWN);
    }

    public JunitXmlReport(PrintWriter out, Provenance provenance) {
        this.out = out;
        this.provenance = provenance;
    }

    /**
     * One case before its name is final: two systems of one file may share a name, and only
     * the whole file says whether the line must be added to tell them apart.
     *
     * @param system the system's name, or null for an input error (whose name is {@code fixed})
     * @param tail   everything after the name attribute's closing quote
     */
    private record Case(String system, int line, String revision, String fixed, String tail) {}

    /** One file's cases, held until the suite can be written with its counts. */
    private static final class Suite {
        final String file;
        final List<Case> cases = new ArrayList<>();
        int failures;
        int errors;

        Suite(String file) {
            this.file = file;
        }
    }

    @Override
    public void begin(List<Revision> revisions) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"mgc\">");
        // Provenance as a comment: the JUnit schema has no place for it at the top, and CI
        // servers ignore comments.
        out.println("<!-- " + Markup.escape(provenance.line()).replace("--", "- -") + " -->");
        for (String line : provenance.dating()) {
            out.println("<!-- " + Markup.escape(line).replace("--", "- -") + " -->");
        }
    }

    @Override
    public void result(SystemResult result) {
        Suite current = suites.suiteFor(result.file());
        for (Verdict verdict : result.verdicts()) {
            StringBuilder testcase = new StringBuilder();
            if (result.decision(verdict) == Decision.PROHIBITED) {
                current.failures++;
                List<Reason> findings = result.reasons(verdict);
                String message = String.join("; ", findings.stream().map(c -> c.rule() + ": " + c.message()).toList());
                StringBuilder body = new StringBuilder();
                body.append(result.spec().name()).append(" (").append(result.spec().type().id()).append(") is prohibited under ")
                        .append(verdict.revision().label()).append('\n');
                for (Reason reason : findings) {
                    TermOutcome check = reason.check();
                    body.append(reason.rule()).append(": ").append(reason.message()).append('\n');
                    body.append("  at ").append(result.spec().locationOf(check.field())).append('\n');
                    body.append("  source: ").append(check.source()).append('\n');
                    check.reading().ifPresent(r -> body.append("  reading: ").append(r).append('\n'));
                }
                testcase.append(">\n      <failure type=\"prohibited\" message=\"").append(Markup.escape(message)).append("\">")
                        .append(Markup.escapeText(body.toString())).append("</failure>\n    </testcase>");
            } else if (result.decision(verdict) == Decision.DEPENDS && result.box(verdict).isPresent()) {
                // Permitted in part of the box only: a failure, as the exit status 1 says (unless --depends-ok).
                current.failures++;
                String part = DependsText.line(result.box(verdict).get());
                StringBuilder body = new StringBuilder();
                body.append(result.spec().name()).append(" (").append(result.spec().type().id()).append(") depends under ")
                        .append(verdict.revision().label()).append(": permitted in part of its box only\n").append(part).append('\n');
                for (TermOutcome check : verdict.findings()) {
                    body.append(check.rule()).append(": ").append(check.message()).append(" (at the prohibited witness)\n");
                    body.append("  source: ").append(check.source()).append('\n');
                }
                testcase.append(">\n      <failure type=\"depends\" message=\"").append(Markup.escape("depends: " + part)).append("\">")
                        .append(Markup.escapeText(body.toString())).append("</failure>\n    </testcase>");
            } else {
                testcase.append("/>");
            }
            current.cases.add(new Case(result.spec().name(), result.spec().location().line(), verdict.revision().label(), null,
                    testcase.toString()));
        }
    }

    @Override
    public void error(InputError error) {
        Suite current = suites.suiteFor(error.file());
        current.errors++;
        String where = error.line() > 0 ? "line " + error.line() + ", column " + error.column() : "file";
        current.cases.add(new Case(null, error.line(), null,
                "input error at " + where + (error.field() == null ? "" : " (" + error.field() + ")"),
                ">\n      <error type=\"input\" message=\"" + Markup.escape(error.message()) + "\">"
                        + Markup.escapeText(error.describe()) + "</error>\n    </testcase>"));
    }

    @Override
    public void end(RunSummary summary) {
        suites.flush();
        out.println("</testsuites>");
        out.flush();
    }

    private void write(Suite suite) {
        out.println("  <testsuite name=\"" + Markup.escape(suite.file) + "\" tests=\"" + suite.cases.size() + "\" failures=\""
                + suite.failures + "\" errors=\"" + suite.errors + "\" skipped=\"0\">");
        java.util.Set<String> shared = JunitNames.shared(suite.cases.stream().filter(c -> c.system() != null).toList(),
                Case::system, Case::line);
        String classname = JunitNames.classname(suite.file);
        for (Case c : suite.cases) {
            String name = c.system() == null ? c.fixed() : JunitNames.caseName(c.system(), c.line(), shared, c.revision());
            out.println("    <testcase classname=\"" + Markup.escape(classname) + "\" name=\"" + Markup.escape(name) + "\"" + c.tail());
        }
        out.println("  </testsuite>");
        out.flush();
    }

}
