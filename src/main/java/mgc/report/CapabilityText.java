package mgc.report;

import mgc.output.Terminal;
import java.io.PrintWriter;
import mgc.capability.CapabilityResult;
import mgc.capability.CapabilityVerdict;
import mgc.capability.CurvePoint;
import mgc.engine.Decision;
import mgc.units.Numbers;

/**
 * The capability block of the text report: the model and its assumptions (always printed with
 * a capability result), a few points of the curve, the declared point against it, the MTCR
 * category, and how many configurations each revision's verdict rests on.
 */
final class CapabilityText {

    private CapabilityText() {}

    static void print(PrintWriter out, CapabilityResult result) {
        out.println("  capability (" + result.model() + " model" + ("burnout".equals(result.model())
                ? ": ranges are upper bounds" : "") + "):");
        result.atDeclaredPayload().ifPresent(p -> out.println("    range at the declared payload: " + p.describe()));
        out.println("    " + Terminal.safe(result.mtcr().describe()));
        result.declared().ifPresent(d -> out.println("    " + d.describe()));
        result.impulse().ifPresent(i -> out.println("    impulse: " + i.describe()));
        if (!result.summary().isEmpty()) {
            StringBuilder curve = new StringBuilder("    curve: ");
            for (int i = 0; i < result.summary().size(); i++) {
                CurvePoint point = result.summary().get(i);
                curve.append(i == 0 ? "" : "; ").append(Numbers.format(point.payloadKg())).append(" kg -> ")
                        .append(point.orbital() ? "orbital" : Numbers.format(point.rangeKm()) + " km");
            }
            out.println(curve);
        }
        for (CapabilityVerdict verdict : result.verdicts()) {
            out.println("    " + verdict.revision().label() + ": " + (verdict.decision() == Decision.PROHIBITED
                    ? "PROHIBITED in " + verdict.witnesses().size() + " rule" + (verdict.witnesses().size() == 1 ? "" : "s")
                    : "every configuration permitted") + " (" + verdict.configurationsChecked() + " configurations checked)");
        }
        out.println("    model and assumptions:");
        for (String line : result.assumptions()) {
            out.println("      - " + line);
        }
    }
}
