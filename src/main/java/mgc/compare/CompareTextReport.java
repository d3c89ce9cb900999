package mgc.compare;

import java.io.PrintWriter;
import mgc.document.InputError;
import mgc.engine.TermOutcome;
import mgc.output.Terminal;

/** {@code mgc compare} for people: per type the relation, the regions and the counterexamples; then the changed systems. */
public final class CompareTextReport implements CompareReport {

    private final PrintWriter out;
    private final PrintWriter err;

    public CompareTextReport(PrintWriter out, PrintWriter err) {
        this(out, err, java.util.List.of());
    }

    /** @param dating which revision each --as-of date chose, and by which of the record's dates: the report's first lines */
    public CompareTextReport(PrintWriter out, PrintWriter err, java.util.List<String> dating) {
        this.out = out;
        this.err = err;
        for (String line : dating) {
            out.println(line);
        }
        if (!dating.isEmpty()) {
            out.println();
        }
    }

    @Override
    public void result(Comparison comparison) {
        String from = comparison.from().label();
        String to = comparison.to().label();
        out.println("compare " + Terminal.safe(from) + " -> " + Terminal.safe(to) + " (relation of " + Terminal.safe(comparison.to().id())
                + " to " + Terminal.safe(comparison.from().id()) + ", per system type)");
        for (TypeComparison type : comparison.types()) {
            out.println();
            out.println(type.type().id() + ": " + type.relation().id());
            for (Region region : type.regions()) {
                out.println("  - " + Terminal.safe(region.description()));
            }
            for (Counterexample example : type.counterexamples()) {
                out.println("  counterexample, permitted by " + Terminal.safe(example.permittedBy()) + " and prohibited by "
                        + Terminal.safe(example.prohibitedBy()) + " (confirmed by the rule base):");
                for (String line : example.yaml().split("\n")) {
                    out.println("      " + Terminal.safe(line));
                }
                for (TermOutcome check : example.prohibiting().findings()) {
                    out.println("    x " + Terminal.safe(example.prohibitedBy()) + " " + check.rule() + ": " + Terminal.safe(check.message()));
                }
            }
        }
        if (comparison.specsGiven()) {
            out.println();
            out.println("systems whose verdict changes: " + comparison.changes().size() + " (" + comparison.unchanged() + " unchanged)");
            for (VerdictChange change : comparison.changes()) {
                out.println("  " + Terminal.safe(change.spec().name()) + "  " + change.spec().type().id() + "  "
                        + Terminal.safe(change.spec().location().toString()));
                out.println("    " + Terminal.safe(comparison.from().id()) + " " + change.fromDecision().id() + " -> "
                        + Terminal.safe(comparison.to().id()) + " " + change.toDecision().id());
                for (TermOutcome check : change.prohibiting().findings()) {
                    out.println("      x " + Terminal.safe(change.prohibiting().revision().id()) + " " + check.rule() + ": "
                            + Terminal.safe(check.message()));
                }
                for (mgc.capability.Witness witness : change.capabilityWitnesses()) {
                    out.println("      x " + Terminal.safe(change.prohibiting().revision().id()) + " " + witness.check().rule()
                            + " (capability): " + Terminal.safe(witness.describe()));
                }
            }
        }
        comparison.errors().forEach(this::error);
    }

    @Override
    public void error(InputError error) {
        err.println(Terminal.errorLine(error));
    }

    @Override
    public void end(Void nothing) {
        out.flush();
        err.flush();
    }
}
