package mgc.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import mgc.spec.SystemType;

/**
 * The ranges, payloads and total impulses at which the terms of some revisions for one system
 * type change (caps, trade-off points, thresholds), each term saying its own ({@link Term#rangeBreaks}
 * and the like), and the terms whose limit slopes between them. Between two breakpoints a limit is
 * constant or a straight line, so checking at these values (and between them) finds a crossing
 * that sampling alone could step over. The one place these numbers are gathered: the capability
 * curve check, the rule base's cell memo, the exact comparison and the envelope chart all cut here.
 * Whether a system is within a term is decided by the rule base.
 */
public record Breakpoints(List<Double> rangesKm, List<Double> payloadsKg, List<Double> impulsesNs, List<Term> sloping) {

    public Breakpoints {
        rangesKm = List.copyOf(rangesKm);
        payloadsKg = List.copyOf(payloadsKg);
        impulsesNs = List.copyOf(impulsesNs);
        sloping = List.copyOf(sloping);
    }

    public static Breakpoints of(List<Revision> revisions, SystemType type) {
        TreeSet<Double> ranges = new TreeSet<>();
        TreeSet<Double> payloads = new TreeSet<>();
        TreeSet<Double> impulses = new TreeSet<>();
        List<Term> sloping = new ArrayList<>();
        for (Revision revision : revisions) {
            for (Term term : revision.termsFor(type)) {
                ranges.addAll(term.rangeBreaks());
                payloads.addAll(term.payloadBreaks());
                impulses.addAll(term.impulseBreaks());
                if (term.limitSlopes()) {
                    sloping.add(term);
                }
            }
        }
        return new Breakpoints(List.copyOf(ranges), List.copyOf(payloads), List.copyOf(impulses), sloping);
    }

    public static Breakpoints of(Revision revision, SystemType type) {
        return of(List.of(revision), type);
    }
}
