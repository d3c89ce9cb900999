package mgc.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.InputError;
import mgc.output.Terminal;
import mgc.units.Numbers;

/**
 * {@code mgc test} for people: a line per passing scenario, expected against actual with the
 * findings for each failure, errors on the error stream, coverage and a closing summary.
 */
public final class TestTextReport implements TestReport {

    private final PrintWriter out;
    private final PrintWriter err;

    public TestTextReport(PrintWriter out, PrintWriter err) {
        this(out, err, Optional.empty());
    }

    /** @param dating with --as-of, which revision the date chose and why: the report's first line */
    public TestTextReport(PrintWriter out, PrintWriter err, Optional<String> dating) {
        this.out = out;
        this.err = err;
        dating.ifPresent(line -> {
            out.println(line);
            out.println();
        });
    }

    @Override
    public void result(ScenarioRun run) {
        Scenario scenario = run.scenario();
        String where = Terminal.safe(scenario.location().toString());
        if (!run.errors().isEmpty()) {
            run.errors().forEach(this::error);
            return;
        }
        if (run.passed()) {
            List<String> held = new ArrayList<>(run.results().stream()
                    .map(r -> r.expected().revision() + " " + r.actual().decision().id()).toList());
            run.unchanged().ifPresent(u -> held.add(u.claim().describe() + " (" + u.verdicts().get(0).decision().id() + ")"));
            out.println("ok    " + Terminal.safe(scenario.name()) + "  [" + Terminal.safe(String.join(", ", held)) + "]  " + where);
        }
        for (ExpectationResult result : run.results()) {
            if (!result.passed()) {
                out.println("FAIL  " + Terminal.safe(result.name()) + "  " + Terminal.safe(result.expected().location().toString()));
                for (String line : result.diff()) {
                    out.println("      " + Terminal.safe(line));
                }
            }
        }
        run.unchanged().filter(u -> !u.passed()).ifPresent(u -> {
            out.println("FAIL  " + Terminal.safe(u.name()) + "  " + Terminal.safe(u.claim().location().toString()));
            for (String line : u.diff()) {
                out.println("      " + Terminal.safe(line));
            }
        });
        out.flush();
    }

    @Override
    public void error(InputError error) {
        err.println(Terminal.errorLine(error));
        err.flush();
    }

    @Override
    public void end(End end) {
        end.coverage().ifPresent(c -> coverage(c, end.minimum()));
        out.println(end.summary().line());
        out.flush();
        // An input error already fails the run; otherwise say why coverage does.
        if (end.summary().errors() == 0 && end.belowMinimum()) {
            err.println("error: rule coverage " + Numbers.format(end.coverage().get().percent())
                    + "% is below the minimum of " + Numbers.format(end.minimum().get()) + "%");
        }
        err.flush();
    }

    private void coverage(Coverage coverage, Optional<Double> minimum) {
        List<Coverage.Entry> entries = coverage.entries();
        long covered = entries.stream().filter(Coverage.Entry::covered).count();
        out.println();
        out.println("rule coverage: " + covered + " of " + entries.size() + " (revision, rule, side) pairs, "
                + Numbers.format(coverage.percent()) + "%" + minimum.map(m -> " (minimum " + Numbers.format(m) + "%)").orElse(""));
        Map<String, Map<String, StringBuilder>> byRevision = new LinkedHashMap<>();
        for (Coverage.Entry entry : entries) {
            StringBuilder sides = byRevision.computeIfAbsent(entry.revision(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.rule(), r -> new StringBuilder());
            sides.append(sides.length() == 0 ? "" : ", ").append(entry.covered() ? "" : "NOT ").append(entry.side().id());
        }
        byRevision.forEach((revision, rules) -> {
            out.println("  " + revision);
            rules.forEach((rule, sides) -> out.println("    " + rule + ": " + sides));
        });
        List<Coverage.Entry> missing = entries.stream().filter(e -> !e.covered()).toList();
        if (missing.isEmpty()) {
            out.println("  every applicable rule fired and held within in every revision");
        } else {
            out.println("  never reached:");
            missing.forEach(e -> out.println("    " + e.revision() + " " + e.rule() + " " + e.side().id()));
        }
        out.println();
    }
}
