package mgc.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mgc.compare.PlaneCuts.Cluster;
import mgc.compare.PlaneCuts.PayloadCell;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.revision.Revision;
import mgc.spec.SystemType;

/**
 * The exact difference between two revisions' permitted regions for one system type, found by
 * running the real rule base over every cell of a grid cut at the terms' breakpoints.
 *
 * <h2>Why this is exact</h2>
 * A system is (range, payload, propellant, total impulse), each possibly not declared; a
 * verdict is the conjunction of the checks of the revision's terms for the type, and each kind
 * of term reads only some of these fields:
 * <ul>
 *   <li>range cap: range (a step at the cap; the cap itself is permitted);</li>
 *   <li>payload cap: payload (a step at the cap);</li>
 *   <li>trade-off curve and payload cap beyond a range: payload against a limit that depends on
 *       range. The limit is a straight line between the curve's points and constant outside
 *       them; the beyond-range cap applies on one side of its threshold (open or closed);</li>
 *   <li>impulse cap: propellant (covered or not) and total impulse (a step at the cap);</li>
 *   <li>"not declared": the same fields, declared or not.</li>
 * </ul>
 * So the analysis cuts each field at every breakpoint of either revision's terms: range at the
 * range caps, thresholds and curve points (each value is a cell of its own, so open and closed
 * bounds are told apart, and the open intervals between are cells); total impulse at the caps;
 * propellant into its values; and "not declared" as a cell where the field is optional. Within
 * one range cell every payload limit of both revisions is linear in range, so the cell is cut
 * again wherever two of those lines cross: inside the resulting cells the payload limits keep
 * one order. At each range cell the payload axis is then cut at the limits' values there. On
 * every cell so formed, each term's outcome is constant, hence both verdicts are constant, and
 * one sample point per cell (the breakpoint itself, or a round number inside an open interval)
 * classifies the whole cell. No region is missed however small: a region is a union of cells.
 *
 * <p>The payload limits are not modelled here: they are read from the checks the rule base
 * returns (their {@code limit}), and linearity is checked at a third point of every cell; a
 * rule base whose limits are not linear makes the analysis fail loudly instead of guess.
 * Payload limits that agree to 1e-9 (relative) are taken as one, so rounding in the
 * interpolation does not invent slivers. Every counterexample is written as a spec file, read
 * back and run through the rule base again before it is reported.
 */
public final class RegionAnalysis {

    private final Evaluator evaluator;
    private final Revision from;
    private final Revision to;
    private final int fromIndex;
    private final int toIndex;
    private final CounterexampleConfirmation counterexamples;

    /** @param evaluator a session holding both revisions (one, when FROM and TO are the same revision) */
    public RegionAnalysis(Evaluator evaluator, Revision from, Revision to) {
        this.evaluator = evaluator;
        this.from = from;
        this.to = to;
        List<String> ids = evaluator.revisions().stream().map(Revision::id).toList();
        this.fromIndex = ids.indexOf(from.id());
        this.toIndex = ids.indexOf(to.id());
        if (fromIndex < 0 || toIndex < 0) {
            throw new IllegalArgumentException("the evaluator must hold both revisions");
        }
        this.counterexamples = new CounterexampleConfirmation(evaluator, from, to, fromIndex, toIndex);
    }

    public TypeComparison compare(SystemType type) throws AnalysisException {
        PlaneCuts cuts = new PlaneCuts(evaluator, from, to, fromIndex, toIndex, type, null);
        return new DifferingCells(cuts, counterexamples).compare(cuts);
    }

    /**
     * FROM's verdict over a box, exactly: the same cells as {@link #compare}, cut again at the
     * box's edges (range and impulse at its bounds; payload at its bounds as two more constant
     * "limits", so their crossings with the revision's sloping limits cut range too), and only
     * the cells inside the box kept and classified.
     */
    public BoxCells within(Box box) throws AnalysisException {
        return within(new PlaneCuts(evaluator, from, to, fromIndex, toIndex, box.type(), box));
    }

    /** The label of a box edge among the payload limits: not a limit of a revision. */
    static final String BOX_EDGE = "(box)";

    private BoxCells within(PlaneCuts cuts) throws AnalysisException {
        SystemType type = cuts.type;
        Box box = cuts.box;
        boolean payloadCut = cuts.payloadConstrained || type.requiresRangeAndPayload();
        List<BoxCells.Cell> cells = new ArrayList<>();
        for (int ri = 0; ri < cuts.rangeCells.size(); ri++) {
            Span rangeCell = cuts.rangeConstrained ? cuts.rangeCells.get(ri) : box.range();
            Double range = cuts.rangeConstrained ? Cells.sample(rangeCell) : Box.sample(box.range());
            if (cuts.rangeConstrained && !Box.contains(box.range(), range)) {
                continue;
            }
            List<Cluster> clusters = cuts.clusters(cuts.probe(range));
            List<PayloadCell> payloadCells = payloadCut ? cuts.payloadCells(clusters)
                    : List.of(new PayloadCell(box.payload(), null, null));
            Map<String, double[]> ends = new TreeMap<>();
            if (!rangeCell.undeclared() && rangeCell.hi() != null) {
                Map<String, Double> low = cuts.probe(rangeCell.lo() > 0 ? rangeCell.lo() : range);
                Map<String, Double> high = cuts.probe(rangeCell.hi());
                low.forEach((label, value) -> {
                    if (high.containsKey(label)) {
                        ends.put(label, new double[] {value, high.get(label)});
                    }
                });
            }
            for (PayloadCell payloadCell : payloadCells) {
                Double payload = payloadCut ? Cells.sample(payloadCell.span()) : Box.sample(box.payload());
                if (payloadCut && !Box.contains(box.payload(), payload)) {
                    continue;
                }
                List<String> below = payloadCell.lowCluster() == null ? List.of() : clusters.get(payloadCell.lowCluster()).labels();
                for (int ii = 0; ii < (cuts.fuelConstrained ? cuts.impulseCells.size() : 1); ii++) {
                    Span impulseCell = cuts.fuelConstrained ? cuts.impulseCells.get(ii) : box.totalImpulse();
                    Double impulse = cuts.fuelConstrained ? Cells.sample(impulseCell) : Box.sample(box.totalImpulse());
                    if (cuts.fuelConstrained && !Box.contains(box.totalImpulse(), impulse)) {
                        continue;
                    }
                    Decision decision = evaluator.evaluate(new SystemFact(type, range, payload, box.propellant(), impulse))
                            .get(fromIndex).decision();
                    cells.add(new BoxCells.Cell(ri, rangeCell, payloadCell.span(), below, impulseCell, box.propellant(),
                            range, payload, impulse, decision, ends));
                }
            }
        }
        if (cells.isEmpty()) {
            throw new AnalysisException(type.id() + ": no cell of the analysis lies inside the box; the verdict cannot be made exact");
        }
        return new BoxCells(box, from.id(), cells);
    }
}
