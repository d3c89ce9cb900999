package mgc.compare;

import java.util.List;
import java.util.Map;
import mgc.engine.Decision;
import mgc.spec.Propellant;

/**
 * One revision's verdict over a box, cell by cell: the box cut at the revision's breakpoints and
 * at the box's own edges, so the verdict is constant on every cell, each classified by running
 * one sample point through the rule base.
 *
 * @param cells in order of range cell, then payload, then total impulse
 */
public record BoxCells(Box box, String revision, List<Cell> cells) {

    public BoxCells {
        cells = List.copyOf(cells);
    }

    /**
     * A cell of the box and the decision on it.
     *
     * @param rangeCell index of the range cell (cells with one index share their range values)
     * @param range the range values of the cell (the box's own where the revision does not read range)
     * @param payloadBelow the payload limits (by label, e.g. {@code 2012 MG-TRADEOFF}) the cell's payloads are at or above
     * @param limitsAtEnds each payload limit's value at the low and high end of the cell's range values
     */
    public record Cell(int rangeCell, Span range, Span payload, List<String> payloadBelow, Span totalImpulse,
                       Propellant propellant, Double rangeSample, Double payloadSample, Double impulseSample,
                       Decision decision, Map<String, double[]> limitsAtEnds) {}

    public boolean all(Decision decision) {
        return cells.stream().allMatch(c -> c.decision() == decision);
    }
}
