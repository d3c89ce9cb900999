package mgc.whatif;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.compare.AnalysisException;
import mgc.compare.SpecText;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.revision.Basis;
import mgc.revision.ImpulseCap;
import mgc.revision.PayloadCap;
import mgc.revision.PayloadCapBeyondRange;
import mgc.revision.PayloadTradeoff;
import mgc.revision.RangeCap;
import mgc.revision.Revision;
import mgc.revision.Source;
import mgc.revision.Term;
import mgc.spec.Interval;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Numbers;
import mgc.units.Quantity;

/**
 * The least relaxation of a revision that permits given systems ({@code mgc propose}). The rule
 * base says which terms each system fails (its findings); each failing term is raised only as
 * far as the systems that fail it need ({@link Raise}), the others are kept. Terms are
 * independent (a verdict is the conjunction of the terms' checks), so raising each term just
 * enough for its own findings permits every system, and no smaller raise of any one term does.
 *
 * <p>A system with intervals is taken at its box's far corner (every interval at its maximum):
 * each kind of term permits less at a longer range, a larger payload or a larger impulse, so a
 * revision that permits the corner permits the whole box. {@link ProposalConfirmation} confirms it.
 */
public final class LeastRevision {

    /** The source every proposed term cites: the proposal itself, not a published text. */
    public static final String SOURCE_ID = "mgc-propose";

    /** The kinds of term a proposal knows how to raise (see {@link #raise}), by rule id; others are reported as not raisable. */
    private static final Map<String, String> KEY_OF_RULE = Map.of(
            RangeCap.RULE_ID, RangeCap.KEY,
            PayloadCap.RULE_ID, PayloadCap.KEY,
            PayloadTradeoff.RULE_ID, PayloadTradeoff.KEY,
            PayloadCapBeyondRange.RULE_ID, PayloadCapBeyondRange.KEY,
            ImpulseCap.RULE_ID, ImpulseCap.KEY);

    private final Evaluator evaluator;
    private final int index;
    private final Revision from;

    /** @param evaluator a session holding {@code from} */
    public LeastRevision(Evaluator evaluator, Revision from) {
        this.evaluator = evaluator;
        this.from = from;
        this.index = evaluator.revisions().stream().map(Revision::id).toList().indexOf(from.id());
        if (index < 0) {
            throw new IllegalArgumentException("the evaluator must hold " + from.id());
        }
    }

    /** What a system needs of one term: the system in words, and the point it must allow. */
    private record Need(String system, Double range, Double payload, Double value) {}

    public Proposal propose(List<SystemSpec> systems) throws AnalysisException {
        Map<SystemType, Map<String, List<Need>>> needs = new EnumMap<>(SystemType.class);
        List<String> permitted = new ArrayList<>();
        List<Proposal.Unpermittable> cannot = new ArrayList<>();
        for (SystemSpec spec : systems) {
            SystemSpec corner = corner(spec);
            Verdict verdict = evaluator.evaluate(corner).get(index);
            String words = words(spec, corner);
            if (verdict.decision() == Decision.PERMITTED) {
                permitted.add(words);
                continue;
            }
            List<String> reasons = new ArrayList<>();
            Map<String, Need> found = new LinkedHashMap<>();
            for (TermOutcome finding : verdict.findings()) {
                String key = KEY_OF_RULE.get(finding.rule());
                if (key == null) {
                    reasons.add(finding.rule().equals("MG-UNDECLARED")
                            ? finding.message() + ": no limit raised permits a value left out; declare " + finding.field()
                            : finding.rule() + " is not a limit mgc knows how to raise: " + finding.message());
                } else {
                    found.put(key, new Need(words, value(corner.range()), value(corner.payload()), finding.actual()));
                }
            }
            if (!reasons.isEmpty()) {
                cannot.add(new Proposal.Unpermittable(spec.name(), spec.location().toString(), String.join("; ", reasons)));
                continue;
            }
            found.forEach((key, need) -> needs.computeIfAbsent(spec.type(), t -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>()).add(need));
        }
        List<Proposal.Relaxed> relaxed = new ArrayList<>();
        for (SystemType type : SystemType.values()) {
            for (String key : Term.keys()) {
                List<Need> list = needs.getOrDefault(type, Map.of()).get(key);
                if (list == null) {
                    continue;
                }
                Term before = from.termsFor(type).stream().filter(t -> t.key().equals(key)).findFirst()
                        .orElseThrow(() -> new AnalysisException("the rule base reports " + key + " for " + type.id()
                                + " under " + from.id() + ", which has no such term"));
                Term after = raise(before, list);
                if (after instanceof PayloadTradeoff curve && curve.points().size() > 100) {
                    for (Need need : list) {
                        cannot.add(new Proposal.Unpermittable(need.system(), "", "the raised trade-off curve would need "
                                + curve.points().size() + " points, over the limit of 100 for one curve"));
                    }
                    continue;
                }
                relaxed.add(new Proposal.Relaxed(type, before, after, list.stream().map(Need::system).distinct().toList()));
            }
        }
        return new Proposal(from, relaxed, permitted, cannot);
    }

    private Term raise(Term before, List<Need> needs) {
        List<Double> values = needs.stream().map(Need::value).toList();
        String by = String.join("; ", needs.stream().map(Need::system).distinct().toList());
        String proposed = " A proposal generated by mgc propose from " + from.id() + ", not a published term.";
        if (before instanceof RangeCap cap) {
            double raised = Raise.cap(cap.max().value(), values);
            return new RangeCap(Quantity.of(Dimension.LENGTH, raised), basis(before, "Raised from " + from.id() + "'s "
                    + cap.max().display() + " to " + Numbers.format(raised) + " km, as far as " + by + " needs." + proposed));
        }
        if (before instanceof PayloadCap cap) {
            double raised = Raise.cap(cap.max().value(), values);
            return new PayloadCap(Quantity.of(Dimension.MASS, raised), basis(before, "Raised from " + from.id() + "'s "
                    + cap.max().display() + " to " + Numbers.format(raised) + " kg, as far as " + by + " needs." + proposed));
        }
        if (before instanceof PayloadCapBeyondRange cap) {
            double raised = Raise.cap(cap.max().value(), values);
            return new PayloadCapBeyondRange(cap.threshold(), cap.inclusive(), Quantity.of(Dimension.MASS, raised),
                    basis(before, "The payload cap when range " + (cap.inclusive() ? ">= " : "> ") + cap.threshold().display()
                            + " raised from " + from.id() + "'s " + cap.max().display() + " to " + Numbers.format(raised)
                            + " kg, as far as " + by + " needs; the threshold is kept." + proposed));
        }
        if (before instanceof ImpulseCap cap) {
            double raised = Raise.cap(cap.max().value(), values);
            return new ImpulseCap(Quantity.of(Dimension.IMPULSE, raised), cap.propellants(), basis(before, "Raised from "
                    + from.id() + "'s " + cap.max().display() + " to " + Numbers.format(raised) + " N*s, as far as " + by
                    + " needs; the propellants covered are kept." + proposed));
        }
        PayloadTradeoff curve = (PayloadTradeoff) before;
        List<Raise.Point> old = curve.points().stream()
                .map(p -> new Raise.Point(p.range().value(), p.payload().value())).toList();
        List<Raise.Need> points = needs.stream().map(n -> new Raise.Need(n.range(), n.payload())).toList();
        List<PayloadTradeoff.Point> raised = Raise.curve(old, points).stream()
                .map(p -> new PayloadTradeoff.Point(Quantity.of(Dimension.LENGTH, p.range()), Quantity.of(Dimension.MASS, p.payload())))
                .toList();
        return new PayloadTradeoff(raised, basis(before, "Raised from " + from.id() + "'s curve ("
                + String.join(", ", curve.points().stream().map(p -> p.range().display() + " -> " + p.payload().display()).toList())
                + ") only at and around the points " + by + " needs: the limit is raised to each needed payload at every"
                + " range up to the system's (a longer range may not allow more payload) and falls back to the "
                + from.id() + " curve on a straight line ending " + Numbers.format(Raise.DROP_KM) + " km beyond it, or a little"
                + " further where the " + from.id() + " limit is exact to the gram; elsewhere it is " + from.id() + "'s." + proposed));
    }

    private static Basis basis(Term before, String reading) {
        return new Basis(List.of(proposalSource("")), Optional.of(reading), before.basis().location());
    }

    /** The source the proposal's terms cite. */
    public static Source proposalSource(String fromId) {
        return new Source(SOURCE_ID, "mgc propose: a proposal generated by mgc" + (fromId.isEmpty() ? "" : " from " + fromId)
                + ", not a published term");
    }

    /** The spec at its box's far corner: every interval at its maximum; a spec of points as it is. */
    static SystemSpec corner(SystemSpec spec) throws AnalysisException {
        if (!spec.uncertain()) {
            return spec;
        }
        return SpecText.of(spec.name(), spec.type(), max(spec, "range", spec.range()), max(spec, "payload", spec.payload()),
                spec.propellant().orElse(null), max(spec, "total_impulse", spec.totalImpulse())).spec();
    }

    private static Double max(SystemSpec spec, String field, Optional<Quantity> point) {
        return spec.interval(field).map(Interval::max).or(() -> point).map(Quantity::value).orElse(null);
    }

    private static Double value(Optional<Quantity> quantity) {
        return quantity.map(Quantity::value).orElse(null);
    }

    /** "Hyunmoo-4 (800 km, 2,000 kg)"; for intervals, the corner taken: "X (range up to 820 km, 500 kg)". */
    private static String words(SystemSpec spec, SystemSpec corner) {
        List<String> parts = new ArrayList<>();
        field(parts, spec, corner.range(), "range", "km");
        field(parts, spec, corner.payload(), "payload", "kg");
        field(parts, spec, corner.totalImpulse(), "total_impulse", "N*s");
        return spec.name() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static void field(List<String> parts, SystemSpec spec, Optional<Quantity> value, String field, String unit) {
        value.ifPresent(q -> parts.add((spec.interval(field).isPresent() ? field.replace('_', ' ') + " up to " : "")
                + Numbers.format(q.value()) + " " + unit));
    }
}
