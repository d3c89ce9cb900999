package mgc.report;

import mgc.output.Terminal;
import mgc.output.Provenance;
import mgc.output.RunSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import mgc.capability.CapabilityVerdict;
import mgc.capability.Witness;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.TraceStep;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;

/**
 * Output for people: a block per system, a line per revision with its verdict, the checks
 * beneath it (findings first), and a closing summary. Errors go to the error stream as
 * {@code file:line:col: field: message}.
 */
public final class TextReport implements ReportWriter {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean explain;
    private int labelWidth;

    private final Provenance provenance;
    private final int maxErrors;
    private final boolean colour;
    private int errors;

    public TextReport(PrintWriter out, PrintWriter err) {
        this(out, err, false);
    }

    /** With {@code explain}, each verdict is followed by the rule engine's trace for it. */
    public TextReport(PrintWriter out, PrintWriter err, boolean explain) {
        this(out, err, explain, Provenance.UNKNOWN);
    }

    /** The provenance's {@code --as-of} lines head the report: which revision each date chose, and by which date. */
    public TextReport(PrintWriter out, PrintWriter err, boolean explain, Provenance provenance) {
        this(out, err, explain, provenance, ReportSettings.DEFAULT_MAX_ERRORS, false);
    }

    /**
     * @param maxErrors how many input errors to print before "... and N more" (0: all); a batch of
     *                  thousands of broken files should not bury the summary, and the count stays exact
     */
    public TextReport(PrintWriter out, PrintWriter err, boolean explain, Provenance provenance, int maxErrors, boolean colour) {
        this.maxErrors = maxErrors;
        this.colour = colour;
        this.out = out;
        this.err = err;
        this.explain = explain;
        this.provenance = provenance;
    }

    @Override
    public void begin(List<Revision> revisions) {
        labelWidth = revisions.stream().mapToInt(r -> Terminal.safe(r.label()).length()).max().orElse(4);
        for (String line : provenance.dating()) {
            out.println(Terminal.safe(line));
        }
        if (!provenance.dating().isEmpty()) {
            out.println();
        }
    }

    @Override
    public void result(SystemResult result) {
        SystemSpec spec = result.spec();
        out.println(Terminal.safe(spec.name()) + "  " + spec.type().id() + "  " + inputs(spec));
        out.println("  " + Terminal.safe(spec.location().toString()));
        for (Verdict verdict : result.verdicts()) {
            String label = Terminal.safe(verdict.revision().label());
            Decision decided = result.decision(verdict);
            String decision = coloured(decided, decided == Decision.PROHIBITED ? "PROHIBITED"
                    : decided == Decision.DEPENDS ? "DEPENDS" : "permitted");
            String why = verdict.checks().isEmpty() ? "  (no terms for " + spec.type().id() + " in this revision)" : "";
            Optional<CapabilityVerdict> capable = result.capability().flatMap(c -> c.verdictFor(verdict.revision().id()));
            if (capable.isPresent() && capable.get().decision() == Decision.PROHIBITED && verdict.decision() == Decision.PERMITTED) {
                why += "  (the declared point is permitted; a configuration the stages allow is not)";
            }
            out.println("  " + label + " ".repeat(labelWidth - label.length()) + "  " + decision + why);
            Optional<mgc.whatif.BoxVerdict> box = result.box(verdict);
            if (box.isPresent()) {
                box(box.get());
            }
            for (TermOutcome check : verdict.findings()) {
                finding(check.rule(), check.message(), check);
            }
            result.nearest(verdict).ifPresent(n -> out.println("      nearest: " + Terminal.safe(n.describe())));
            for (Witness witness : capable.map(CapabilityVerdict::witnesses).orElse(List.of())) {
                finding(witness.check().rule() + " (capability)", witness.describe(), witness.check());
            }
            for (TermOutcome check : verdict.checks()) {
                if (!check.violated()) {
                    out.println("      ok " + check.rule() + ": " + Terminal.safe(check.message()) + "  [" + Terminal.safe(check.source()) + "]");
                }
            }
            if (explain && result.trace().isPresent()) {
                explain(result.trace().get().forRevision(verdict.revision().id()));
            }
        }
        if (explain && result.trace().isPresent()) {
            out.println("  engine:");
            for (TraceStep step : result.trace().get().general()) {
                out.println("      " + step.kind().word() + " " + String.join(", ", step.facts().stream().map(Terminal::safe).toList()));
            }
        }
        result.capability().ifPresent(c -> CapabilityText.print(out, c));
        out.println();
        out.flush();
    }

    /** How the box decided: the prohibited part, and the witness points (their checks follow as usual). */
    private void box(mgc.whatif.BoxVerdict box) {
        switch (box.decision()) {
            case DEPENDS -> {
                out.println("      prohibited where " + Terminal.safe(box.prohibitedWhere()));
                box.permitted().ifPresent(w -> out.println("      permitted at " + point(w.spec()) + " (confirmed by the rule base)"));
                box.prohibited().ifPresent(w -> out.println("      prohibited at " + point(w.spec()) + " (confirmed by the rule base); its checks:"));
            }
            case PROHIBITED -> box.prohibited().ifPresent(w -> out.println("      prohibited at every point of the box; checks at "
                    + point(w.spec()) + ":"));
            default -> box.permitted().ifPresent(w -> out.println("      permitted at every point of the box; checks at "
                    + point(w.spec()) + ":"));
        }
    }

    private static String point(SystemSpec spec) {
        return inputs(spec);
    }

    private void finding(String rule, String message, TermOutcome check) {
        out.println("      x " + rule + ": " + Terminal.safe(message));
        out.println("          source: " + Terminal.safe(check.source()));
        check.reading().ifPresent(r -> out.println("          reading: " + Terminal.safe(r)));
    }

    /** The engine's steps for one revision: each rule matched (with its facts) and fired (with what it recorded). */
    private void explain(List<TraceStep> steps) {
        out.println("      explain:");
        if (steps.isEmpty()) {
            out.println("        no rule matched: no term of this revision applies to the system");
        }
        for (TraceStep step : steps) {
            out.println("        " + step.kind().word() + " \"" + step.rule() + "\"" + (step.ruleId() == null ? "" : " (" + step.ruleId() + ")"));
            if (step.kind() != TraceStep.Kind.FIRED) {
                for (String fact : step.facts()) {
                    out.println("          fact: " + Terminal.safe(fact));
                }
            }
            for (String outcome : step.outcome()) {
                out.println("          recorded " + Terminal.safe(outcome));
            }
        }
    }

    static String inputs(SystemSpec spec) {
        StringBuilder text = new StringBuilder();
        spec.range().ifPresent(q -> text.append("range ").append(shown(q)));
        spec.interval("range").ifPresent(i -> text.append("range ").append(i.display()));
        spec.payload().ifPresent(q -> text.append(text.length() > 0 ? ", " : "").append("payload ").append(shown(q)));
        spec.interval("payload").ifPresent(i -> text.append(text.length() > 0 ? ", " : "").append("payload ").append(i.display()));
        spec.propellant().ifPresent(p -> text.append(text.length() > 0 ? ", " : "").append(p.id()).append(" propellant"));
        spec.totalImpulse().ifPresent(q -> text.append(text.length() > 0 ? ", " : "").append("total impulse ").append(shown(q)));
        spec.interval("total_impulse").ifPresent(i -> text.append(text.length() > 0 ? ", " : "").append("total impulse ").append(i.display()));
        spec.staging().ifPresent(s -> text.append(text.length() > 0 ? ", " : "").append(s.stages().size())
                .append(s.stages().size() == 1 ? " stage" : " stages")
                .append(s.losses().map(l -> " (losses " + shown(l) + ")").orElse("")));
        return text.toString();
    }

    /** The canonical value, with what the user wrote beside it when that differs. */
    private static String shown(mgc.units.Quantity quantity) {
        String canonical = quantity.display();
        String written = Terminal.safe(quantity.written());
        return written.equals(canonical) || written.replace(",", "").equals(canonical.replace(",", ""))
                || (written + " " + quantity.unit()).equals(canonical) ? canonical : canonical + " (" + written + ")";
    }

    /** SGR red, yellow, green: the verdict word only, so the rest reads the same uncoloured. */
    private String coloured(Decision decision, String word) {
        if (!colour) {
            return word;
        }
        String code = decision == Decision.PROHIBITED ? "31" : decision == Decision.DEPENDS ? "33" : "32";
        return "\u001b[" + code + "m" + word + "\u001b[0m";
    }

    @Override
    public void error(InputError error) {
        errors++;
        if (maxErrors == 0 || errors <= maxErrors) {
            err.println(Terminal.errorLine(error));
            err.flush();
        }
    }

    @Override
    public void end(RunSummary summary) throws IOException {
        if (maxErrors > 0 && errors > maxErrors) {
            int more = errors - maxErrors;
            err.println("... and " + more + " more error" + (more == 1 ? "" : "s") + " (--max-errors 0 shows all)");
        }
        out.println(summary.line());
        out.flush();
        err.flush();
    }
}
