package mgc.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;
import mgc.revision.Breakpoints;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import mgc.units.Numbers;

/**
 * How {@link RegionAnalysis} cuts one system type's values into cells: range at both revisions'
 * breakpoints and wherever two payload limits cross, total impulse at the caps, propellant into
 * its values, "not declared" where a field is optional; and at each range, payload at the limits'
 * values there (read from the rule base's own outcomes). A box, when given, adds its edges.
 */
final class PlaneCuts {

    private static final List<Propellant> PROPELLANTS = Arrays.asList(Propellant.SOLID, Propellant.LIQUID, Propellant.HYBRID, null);

    /** A payload cell at one range: its values, and which limit values bound it (indexes into the clusters). */
    record PayloadCell(Span span, Integer lowCluster, Integer highCluster) {}

    /** Payload limits at one range that agree, as one value: the least of them, and their labels. */
    record Cluster(double value, List<String> labels) {}

    final Evaluator evaluator;
    final Revision from;
    final Revision to;
    final int fromIndex;
    final int toIndex;
    final SystemType type;
    final boolean rangeConstrained;
    final boolean payloadConstrained;
    final boolean fuelConstrained;
    final List<Span> rangeCells = new ArrayList<>();
    final List<Propellant> propellants;
    final List<Span> impulseCells;
    /** Null when comparing two revisions; the box when finding one revision's verdict over it. */
    final Box box;
    final Breakpoints breakpoints;

    PlaneCuts(Evaluator evaluator, Revision from, Revision to, int fromIndex, int toIndex, SystemType type, Box box)
            throws AnalysisException {
        this.evaluator = evaluator;
        this.from = from;
        this.to = to;
        this.fromIndex = fromIndex;
        this.toIndex = toIndex;
        this.type = type;
        this.box = box;
        boolean range = false;
        boolean payload = false;
        boolean fuel = false;
        for (Term term : terms()) {
            range |= term.needs().contains(Term.Input.RANGE);
            payload |= term.needs().contains(Term.Input.PAYLOAD);
            fuel |= term.needs().contains(Term.Input.PROPELLANT) || term.needs().contains(Term.Input.TOTAL_IMPULSE);
        }
        this.breakpoints = Breakpoints.of(List.of(from, to), type);
        TreeSet<Double> impulseBreaks = new TreeSet<>(breakpoints.impulsesNs());
        this.rangeConstrained = range;
        this.payloadConstrained = payload;
        this.fuelConstrained = fuel;
        this.propellants = fuel ? PROPELLANTS : Arrays.asList((Propellant) null);
        if (box != null && !box.totalImpulse().undeclared()) {
            impulseBreaks.add(box.totalImpulse().lo());
            if (box.totalImpulse().hi() != null) {
                impulseBreaks.add(box.totalImpulse().hi());
            }
        }
        List<Span> impulses = new ArrayList<>();
        if (fuel) {
            impulses.addAll(Cells.cut(impulseBreaks, 0, true));
        }
        impulses.add(Span.notDeclared());
        this.impulseCells = impulses;
        buildRangeCells();
    }

    List<Term> terms() {
        List<Term> terms = new ArrayList<>(from.termsFor(type));
        terms.addAll(to.termsFor(type));
        return terms;
    }

    private void buildRangeCells() throws AnalysisException {
        if (!rangeConstrained) {
            rangeCells.add(type.requiresRangeAndPayload() ? Span.interval(0, false, null, false) : Span.notDeclared());
            return;
        }
        TreeSet<Double> breaks = new TreeSet<>(breakpoints.rangesKm());
        if (box != null && !box.range().undeclared()) {
            if (box.range().lo() > 0) {
                breaks.add(box.range().lo());
            }
            if (box.range().hi() != null) {
                breaks.add(box.range().hi());
            }
        }
        for (Span cell : Cells.cut(breaks, 0, false)) {
            if (cell.isPoint()) {
                rangeCells.add(cell);
                continue;
            }
            double lower = cell.lo();
            boolean lowerInclusive = cell.loInclusive();
            for (double crossing : crossings(cell.lo(), cell.hi())) {
                rangeCells.add(Span.interval(lower, lowerInclusive, crossing, false));
                rangeCells.add(Span.point(crossing));
                lower = crossing;
                lowerInclusive = false;
            }
            rangeCells.add(Span.interval(lower, lowerInclusive, cell.hi(), false));
        }
        if (!type.requiresRangeAndPayload()) {
            rangeCells.add(Span.notDeclared());
        }
    }

    /**
     * Ranges inside (lo, hi) where two payload limits (of either revision) cross. The limits
     * are read from the rule base at three ranges; each must be a straight line there.
     */
    List<Double> crossings(double lo, Double hi) throws AnalysisException {
        if (!payloadConstrained) {
            return List.of();
        }
        double width = hi == null ? Math.max(lo, 1) : hi - lo;
        double r1 = lo + width * 0.25;
        double r2 = lo + width * 0.5;
        double r3 = lo + width * 0.75;
        Map<String, Double> at1 = probe(r1);
        Map<String, Double> at2 = probe(r2);
        Map<String, Double> at3 = probe(r3);
        String cell = "range between " + Numbers.format(lo) + " and " + (hi == null ? "no bound" : Numbers.format(hi)) + " km";
        if (!at1.keySet().equals(at2.keySet()) || !at1.keySet().equals(at3.keySet())) {
            throw new AnalysisException(type.id() + ": the payload limits that apply change inside the " + cell
                    + " without a term breakpoint there; the comparison cannot be made exact");
        }
        List<String> labels = new ArrayList<>(at1.keySet());
        double[] slope = new double[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            slope[i] = (at2.get(label) - at1.get(label)) / (r2 - r1);
            double predicted = at2.get(label) + slope[i] * (r3 - r2);
            if (!Cells.close(predicted, at3.get(label))) {
                throw new AnalysisException(type.id() + ": the " + label + " payload limit is not a straight line in the "
                        + cell + "; the comparison cannot be made exact");
            }
        }
        TreeSet<Double> found = new TreeSet<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                double difference = slope[i] - slope[j];
                if (Math.abs(difference) <= Cells.TOLERANCE * Math.max(1, Math.max(Math.abs(slope[i]), Math.abs(slope[j])))) {
                    continue;
                }
                double x = r1 + (at1.get(labels.get(j)) - at1.get(labels.get(i))) / difference;
                if (x > lo && !Cells.close(x, lo) && (hi == null || (x < hi && !Cells.close(x, hi)))
                        && found.stream().noneMatch(f -> Cells.close(f, x))) {
                    found.add(x);
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The payload limits of both revisions at a range, from the rule base's own checks. */
    Map<String, Double> probe(Double range) {
        List<Verdict> verdicts = evaluator.evaluate(new SystemFact(type, range, 0.0, null, null));
        Map<String, Double> limits = new TreeMap<>();
        for (Verdict verdict : List.of(verdicts.get(fromIndex), verdicts.get(toIndex))) {
            for (TermOutcome check : verdict.checks()) {
                if (check.field().equals("payload") && check.actual() != null) {
                    limits.put(verdict.revision().id() + " " + check.rule(), check.limit());
                }
            }
        }
        if (box != null && !box.payload().undeclared()) {
            limits.put(RegionAnalysis.BOX_EDGE + " payload min", box.payload().lo());
            if (box.payload().hi() != null) {
                limits.put(RegionAnalysis.BOX_EDGE + " payload max", box.payload().hi());
            }
        }
        return limits;
    }

    List<Cluster> clusters(Map<String, Double> limits) {
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(limits.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        List<Cluster> clusters = new ArrayList<>();
        for (Map.Entry<String, Double> entry : sorted) {
            Cluster last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
            if (last != null && Cells.close(last.value(), entry.getValue())) {
                List<String> labels = new ArrayList<>(last.labels());
                labels.add(entry.getKey());
                clusters.set(clusters.size() - 1, new Cluster(last.value(), labels));
            } else {
                clusters.add(new Cluster(entry.getValue(), List.of(entry.getKey())));
            }
        }
        return clusters;
    }

    List<PayloadCell> payloadCells(List<Cluster> clusters) {
        List<PayloadCell> cells = new ArrayList<>();
        if (payloadConstrained || type.requiresRangeAndPayload()) {
            double lower = 0;
            boolean lowerInclusive = true;
            Integer lowerCluster = null;
            for (int c = 0; c < clusters.size(); c++) {
                double value = clusters.get(c).value();
                if (value > lower) {
                    cells.add(new PayloadCell(Span.interval(lower, lowerInclusive, value, false), lowerCluster, c));
                }
                cells.add(new PayloadCell(Span.point(value), c, c));
                lower = value;
                lowerInclusive = false;
                lowerCluster = c;
            }
            cells.add(new PayloadCell(Span.interval(lower, lowerInclusive, null, false), lowerCluster, null));
        }
        if (!type.requiresRangeAndPayload()) {
            cells.add(new PayloadCell(Span.notDeclared(), null, null));
        }
        return cells;
    }
}
