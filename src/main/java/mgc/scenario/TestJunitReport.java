package mgc.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mgc.document.InputError;
import mgc.output.FileSuites;
import mgc.output.Markup;
import mgc.units.Numbers;

/**
 * {@code mgc test --format junit}: JUnit XML as Surefire, Jenkins and GitLab read it (valid
 * against schemas/junit.xsd). A {@code <testsuite>} per scenario file, a {@code <testcase>} per
 * expectation, named {@code "<scenario> [<revision>]"} (an {@code unchanged} claim is one case,
 * {@code "<scenario> [unchanged 2017, 2020]"}), with the file as a dotted suite name for the
 * class name ({@code scenarios.boundaries.uav}), as CI servers group cases by it. When two
 * scenarios of a file share a name, each of their cases gets the scenario's line, so names are
 * unique and stay the same from run to run. A failed expectation is a {@code <failure>} with
 * expected against actual; an input error is an {@code <error>}; {@code --coverage} adds a
 * {@code rule coverage} case, failed when below {@code --min-coverage}.
 *
 * <p>A suite's counts precede its cases, so one file's cases are held until the next file
 * starts; no timestamps or times are written, so output is byte-stable.
 */
public final class TestJunitReport implements TestReport {

    private final PrintWriter out;
    private final FileSuites<Suite> suites = new FileSuites<>(Suite::new, this::write);

    public TestJunitReport(PrintWriter out) {
        this(out, mgc.output.Provenance.UNKNOWN);
    }

    /** Provenance goes in a comment: the JUnit schema has no place for it, and CI servers ignore comments. */
    public TestJunitReport(PrintWriter out, mgc.output.Provenance provenance) {
        this.out = out;
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"mgc test\">");
        out.println("<!-- " + Markup.escape(provenance.line()).replace("--", "- -") + " -->");
    }

    /** One case before its name is made unique: the scenario's line tells same-named ones apart. */
    private record Case(String scenario, int line, String claim, Optional<String> failure, Optional<InputError> error,
                        String detail) {}

    private static final class Suite {
        final String file;
        final List<Case> cases = new ArrayList<>();

        Suite(String file) {
            this.file = file;
        }
    }

    @Override
    public void result(ScenarioRun run) {
        if (!run.errors().isEmpty()) {
            run.errors().forEach(this::error);
            return;
        }
        Scenario scenario = run.scenario();
        Suite current = suites.suiteFor(scenario.file());
        int line = scenario.location().line();
        for (ExpectationResult result : run.results()) {
            String detail = String.join("\n", result.diff());
            current.cases.add(new Case(scenario.name(), line, result.expected().revision(),
                    result.passed() ? Optional.empty() : Optional.of(result.diff().get(1).replaceFirst("^actual: +", "actual ")
                            + ", expected " + result.expected().describe()), Optional.empty(), detail));
        }
        run.unchanged().ifPresent(u -> current.cases.add(new Case(scenario.name(), line, u.claim().describe(),
                u.passed() ? Optional.empty() : Optional.of("the verdict changes: " + String.join(", ", u.verdicts().stream()
                        .map(v -> v.revision().id() + " " + v.decision().id()).toList())), Optional.empty(),
                String.join("\n", u.diff()))));
    }

    @Override
    public void error(InputError error) {
        suites.suiteFor(error.file()).cases.add(new Case(null, error.line(), null, Optional.empty(), Optional.of(error), error.describe()));
    }

    @Override
    public void end(End end) {
        suites.flush();
        end.coverage().ifPresent(c -> coverage(c, end.minimum()));
        out.println("</testsuites>");
        out.flush();
    }

    private void coverage(Coverage coverage, Optional<Double> minimum) {
        boolean below = minimum.isPresent() && coverage.percent() < minimum.get();
        StringBuilder text = new StringBuilder("rule coverage " + Numbers.format(coverage.percent()) + "%"
                + minimum.map(m -> " (minimum " + Numbers.format(m) + "%)").orElse("") + "\n");
        coverage.entries().stream().filter(e -> !e.covered())
                .forEach(e -> text.append("never reached: ").append(e.revision()).append(' ').append(e.rule()).append(' ')
                        .append(e.side().id()).append('\n'));
        out.println("  <testsuite name=\"rule coverage\" tests=\"1\" failures=\"" + (below ? 1 : 0) + "\" errors=\"0\" skipped=\"0\">");
        out.print("    <testcase classname=\"mgc.coverage\" name=\"rule coverage\">");
        if (below) {
            out.print("\n      <failure type=\"coverage\" message=\"" + Markup.escape("rule coverage " + Numbers.format(coverage.percent())
                    + "% is below the minimum of " + Numbers.format(minimum.get()) + "%") + "\">" + Markup.escapeText(text.toString())
                    + "</failure>");
        }
        out.println("\n      <system-out>" + Markup.escapeText(text.toString()) + "</system-out>\n    </testcase>");
        out.println("  </testsuite>");
    }

    private void write(Suite suite) {
        // Scenarios (not cases) per name: one scenario's several cases differ by their revision already.
        Set<String> uses = mgc.output.JunitNames.shared(suite.cases.stream().filter(c -> c.error().isEmpty()).toList(),
                Case::scenario, Case::line);
        long failures = suite.cases.stream().filter(c -> c.failure().isPresent()).count();
        long errors = suite.cases.stream().filter(c -> c.error().isPresent()).count();
        String classname = classname(suite.file);
        out.println("  <testsuite name=\"" + Markup.escape(classname) + "\" tests=\"" + suite.cases.size() + "\" failures=\""
                + failures + "\" errors=\"" + errors + "\" skipped=\"0\" file=\"" + Markup.escape(suite.file) + "\">");
        for (Case c : suite.cases) {
            out.print("    <testcase classname=\"" + Markup.escape(classname) + "\" name=\"" + Markup.escape(name(c, uses)) + "\"");
            if (c.failure().isPresent()) {
                out.print(">\n      <failure type=\"" + (c.claim().startsWith("unchanged ") ? "changed" : "expectation")
                        + "\" message=\"" + Markup.escape(c.failure().get()) + "\">" + Markup.escapeText(c.detail() + "\n")
                        + "</failure>\n    </testcase>");
            } else if (c.error().isPresent()) {
                out.print(">\n      <error type=\"input\" message=\"" + Markup.escape(c.error().get().message()) + "\">"
                        + Markup.escapeText(c.detail()) + "</error>\n    </testcase>");
            } else {
                out.print("/>");
            }
            out.println();
        }
        out.println("  </testsuite>");
        out.flush();
    }

    private static String name(Case c, Set<String> uses) {
        if (c.error().isPresent()) {
            InputError error = c.error().get();
            String where = error.line() > 0 ? "line " + error.line() + ", column " + error.column() : "file";
            return "input error at " + where + (error.field() == null || error.field().isEmpty() ? "" : " (" + error.field() + ")");
        }
        return mgc.output.JunitNames.caseName(c.scenario(), c.line(), uses, c.claim());
    }

    static String classname(String file) {
        return mgc.output.JunitNames.classname(file);
    }
}
