package mgc.whatif;

import java.util.List;
import java.util.Optional;
import mgc.engine.Decision;
import mgc.engine.Verdict;
import mgc.spec.SystemSpec;

/**
 * One revision's verdict over the box of a spec with uncertain figures: {@code permitted} at
 * every point, {@code prohibited} at every point, or {@code depends}, with the prohibited part
 * of the box in words and parts, and one witness each way, confirmed through the rule base.
 *
 * @param prohibitedWhere the prohibited part in words ("range > 800 km"); empty unless {@code depends}
 * @param parts the prohibited part as conditions on the box's fields; empty unless {@code depends}
 */
public record BoxVerdict(String revision, Decision decision, String prohibitedWhere, List<Part> parts,
                         Optional<Witness> permitted, Optional<Witness> prohibited) {

    public BoxVerdict {
        parts = List.copyOf(parts);
    }

    /**
     * One piece of the prohibited part: range within {@code range} (none: the box's whole range),
     * and payload (or total impulse) above a limit (none: every payload of the box there).
     */
    public record Part(String description, Optional<Bounds> range, Optional<Above> payload, Optional<Above> totalImpulse) {}

    /** Values from {@code from} to {@code to} (null: no upper bound), each end open or closed, in {@code unit}. */
    public record Bounds(double from, boolean fromInclusive, Double to, boolean toInclusive, String unit) {}

    /**
     * Above a limit ({@code inclusive}: at or above it), whose value is {@code fromValue} at the
     * low end of the part's range and {@code toValue} at the high end.
     *
     * @param limits the limits by revision and rule, e.g. {@code 2012 MG-TRADEOFF}
     */
    public record Above(List<String> limits, boolean inclusive, double fromValue, double toValue, String unit) {
        public Above {
            limits = List.copyOf(limits);
        }
    }

    /**
     * A point of the box, written as a spec file, read back and run through the rule base.
     *
     * @param yaml the spec file text; {@code mgc check --revision R} on it gives {@code verdict}
     */
    public record Witness(String yaml, SystemSpec spec, Verdict verdict) {}

    /** The engine verdict a report shows: this decision, with the checks of the witness that explains it. */
    public Verdict asVerdict(mgc.revision.Revision revisionOf) {
        Optional<Witness> explaining = decision == Decision.PERMITTED ? permitted : prohibited;
        return new Verdict(revisionOf, decision, explaining.map(w -> w.verdict().checks()).orElse(List.of()));
    }
}
