package mgc.capability;

import java.util.List;
import java.util.TreeSet;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;

/**
 * The ranges and payloads at which revision terms change (caps, trade-off points, thresholds).
 * A limit is a straight line or a step between them, so checking the curve at these values
 * (and between them) finds a crossing that sampling alone could step over. This reads only the
 * terms' numbers; whether a configuration is within a term is decided by the rule base.
 */
public record Breakpoints(List<Double> rangesKm, List<Double> payloadsKg) {

    public Breakpoints {
        rangesKm = List.copyOf(rangesKm);
        payloadsKg = List.copyOf(payloadsKg);
    }

    public static Breakpoints of(List<Revision> revisions, SystemType type) {
        TreeSet<Double> ranges = new TreeSet<>();
        TreeSet<Double> payloads = new TreeSet<>();
        for (Revision revision : revisions) {
            for (Term term : revision.termsFor(type)) {
                if (term instanceof Term.RangeCap t) {
                    ranges.add(t.max().value());
                } else if (term instanceof Term.PayloadCap t) {
                    payloads.add(t.max().value());
                } else if (term instanceof Term.PayloadTradeoff t) {
                    for (Term.Point point : t.points()) {
                        ranges.add(point.range().value());
                        payloads.add(point.payload().value());
                    }
                } else if (term instanceof Term.PayloadCapBeyondRange t) {
                    ranges.add(t.threshold().value());
                    payloads.add(t.max().value());
                } else if (!(term instanceof Term.ImpulseCap)) {
                    // A new kind of term must say where it changes, or the curve check would miss it.
                    throw new IllegalStateException("no breakpoints known for term " + term.key());
                }
                // Term.ImpulseCap depends on neither range nor payload: every configuration shares it.
            }
        }
        return new Breakpoints(List.copyOf(ranges), List.copyOf(payloads));
    }
}
