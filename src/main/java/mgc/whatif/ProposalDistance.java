package mgc.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import mgc.compare.TypeComparison;
import mgc.revision.ImpulseCap;
import mgc.revision.PayloadCap;
import mgc.revision.PayloadCapBeyondRange;
import mgc.revision.PayloadTradeoff;
import mgc.revision.RangeCap;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;
import mgc.units.Numbers;

/**
 * How far a proposal is from an actual revision ({@code mgc propose --to 2017}): term by term,
 * which terms differ and by how much, then per system type how the actual revision's permitted
 * region relates to the proposal's (exactly, as {@code mgc compare PROPOSAL TARGET} finds it).
 */
public final class ProposalDistance {

    private ProposalDistance() {}

    /** One line per term that either revision has, then one per system type for the relation. */
    public static List<String> lines(Revision proposal, Revision target, List<TypeComparison> proposalToTarget) {
        List<String> lines = new ArrayList<>();
        String p = proposal.id();
        String t = target.id();
        for (SystemType type : SystemType.values()) {
            for (String key : Term.keys()) {
                Optional<Term> ours = find(proposal, type, key);
                Optional<Term> theirs = find(target, type, key);
                if (ours.isEmpty() && theirs.isEmpty()) {
                    continue;
                }
                String head = type.id() + " " + key + ": ";
                if (ours.isEmpty()) {
                    lines.add(head + t + " has " + theirs.get().summary() + "; " + p + " has none");
                } else if (theirs.isEmpty()) {
                    lines.add(head + p + " has " + ours.get().summary() + "; " + t + " has none");
                } else if (ours.get().summary().equals(theirs.get().summary())) {
                    lines.add(head + "the same (" + ours.get().summary() + ")");
                } else {
                    lines.add(head + difference(ours.get(), theirs.get(), p, t));
                }
            }
        }
        for (TypeComparison type : proposalToTarget) {
            lines.add(type.type().id() + ": " + words(type.relation(), t, p));
        }
        return lines;
    }

    private static String words(mgc.compare.Relation relation, String t, String p) {
        return switch (relation) {
            case EQUIVALENT -> t + " is equivalent to " + p;
            case MORE_PERMISSIVE -> t + " is more permissive than " + p;
            case LESS_PERMISSIVE -> t + " is less permissive than " + p;
            case INCOMPARABLE -> t + " and " + p + " are incomparable: each permits something the other prohibits";
        };
    }

    private static Optional<Term> find(Revision revision, SystemType type, String key) {
        return revision.termsFor(type).stream().filter(x -> x.key().equals(key)).findFirst();
    }

    private static String difference(Term ours, Term theirs, String p, String t) {
        String both = p + " " + ours.summary() + ", " + t + " " + theirs.summary();
        if (ours instanceof RangeCap a && theirs instanceof RangeCap b) {
            return both + " (" + p + " " + signed(a.max().value() - b.max().value()) + " km)";
        }
        if (ours instanceof PayloadCap a && theirs instanceof PayloadCap b) {
            return both + " (" + p + " " + signed(a.max().value() - b.max().value()) + " kg)";
        }
        if (ours instanceof ImpulseCap a && theirs instanceof ImpulseCap b) {
            return both + " (" + p + " " + signed(a.max().value() - b.max().value()) + " N*s"
                    + (a.propellants().equals(b.propellants()) ? "" : "; the propellants covered differ") + ")";
        }
        if (ours instanceof PayloadCapBeyondRange a && theirs instanceof PayloadCapBeyondRange b) {
            double threshold = a.threshold().value() - b.threshold().value();
            return both + " (" + p + " payload " + signed(a.max().value() - b.max().value()) + " kg"
                    + (threshold == 0 && a.inclusive() == b.inclusive() ? "" : ", threshold " + signed(threshold) + " km"
                    + (a.inclusive() == b.inclusive() ? "" : ", the threshold itself counted differently")) + ")";
        }
        if (ours instanceof PayloadTradeoff a && theirs instanceof PayloadTradeoff b) {
            return both + " (" + curves(a, b, p, t) + ")";
        }
        return both;
    }

    /** The largest gap each way between two curves: both are straight between their points, so it lies at a point of one of them. */
    private static String curves(PayloadTradeoff a, PayloadTradeoff b, String p, String t) {
        TreeSet<Double> ranges = new TreeSet<>();
        a.points().forEach(x -> ranges.add(x.range().value()));
        b.points().forEach(x -> ranges.add(x.range().value()));
        double most = 0;
        double mostAt = 0;
        double least = 0;
        double leastAt = 0;
        for (double range : ranges) {
            double gap = a.limitAt(range) - b.limitAt(range);
            if (gap > most) {
                most = gap;
                mostAt = range;
            }
            if (gap < least) {
                least = gap;
                leastAt = range;
            }
        }
        List<String> parts = new ArrayList<>();
        if (most > 0) {
            parts.add(p + " allows up to " + Numbers.format(most) + " kg more, at " + Numbers.format(mostAt) + " km");
        }
        if (least < 0) {
            parts.add(p + " allows up to " + Numbers.format(-least) + " kg less, at " + Numbers.format(leastAt) + " km");
        }
        return parts.isEmpty() ? "the same limit at every range" : String.join("; ", parts);
    }

    private static String signed(double delta) {
        return (delta >= 0 ? "+" : "-") + Numbers.format(Math.abs(delta));
    }
}
