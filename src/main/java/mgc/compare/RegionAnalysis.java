package mgc.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import mgc.engine.TermOutcome;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.engine.Verdict;
import mgc.revision.Breakpoints;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import mgc.units.Numbers;

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

    private static final List<Propellant> PROPELLANTS = Arrays.asList(Propellant.SOLID, Propellant.LIQUID, Propellant.HYBRID, null);

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
        return new TypeRun(type, null).run();
    }

    /**
     * FROM's verdict over a box, exactly: the same cells as {@link #compare}, cut again at the
     * box's edges (range and impulse at its bounds; payload at its bounds as two more constant
     * "limits", so their crossings with the revision's sloping limits cut range too), and only
     * the cells inside the box kept and classified.
     */
    public BoxCells within(Box box) throws AnalysisException {
        return new TypeRun(box.type(), box).runBox();
    }

    /** The label of a box edge among the payload limits: not a limit of a revision. */
    static final String BOX_EDGE = "(box)";

    /** A payload cell at one range: its values, and which limit values bound it (indexes into the clusters). */
    private record PayloadCell(Span span, Integer lowCluster, Integer highCluster) {}

    /** Payload limits at one range that agree, as one value: the least of them, and their labels. */
    private record Cluster(double value, List<String> labels) {}

    private record BoundKey(List<String> labels, boolean inclusive) {}

    private record BandKey(boolean undeclared, BoundKey lower, BoundKey upper) {}

    private record Candidate(int undeclared, int points, Double range, Double payload, Propellant propellant, Double impulse) {
        boolean betterThan(Candidate other) {
            return other == null || undeclared < other.undeclared || (undeclared == other.undeclared && points < other.points);
        }
    }

    /** A difference region while cells are being merged: a product of cell sets, one payload band. */
    private static final class Piece {
        final Direction direction;
        final BandKey band;
        final TreeSet<Integer> ranges = new TreeSet<>();
        final TreeSet<Integer> propellants = new TreeSet<>();
        final TreeSet<Integer> impulses = new TreeSet<>();
        final TreeMap<Integer, double[]> bounds = new TreeMap<>();

        Piece(Direction direction, BandKey band) {
            this.direction = direction;
            this.band = band;
        }
    }

    private final class TypeRun {
        final SystemType type;
        final boolean rangeConstrained;
        final boolean payloadConstrained;
        final boolean fuelConstrained;
        final List<Span> rangeCells = new ArrayList<>();
        final List<Propellant> propellants;
        final List<Span> impulseCells;
        final List<Piece> pieces = new ArrayList<>();
        final Candidate[] best = new Candidate[2];
        /** Null when comparing two revisions; the box when finding one revision's verdict over it. */
        final Box box;
        final Breakpoints breakpoints;

        TypeRun(SystemType type, Box box) {
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
        }

        BoxCells runBox() throws AnalysisException {
            buildRangeCells();
            boolean payloadCut = payloadConstrained || type.requiresRangeAndPayload();
            List<BoxCells.Cell> cells = new ArrayList<>();
            for (int ri = 0; ri < rangeCells.size(); ri++) {
                Span rangeCell = rangeConstrained ? rangeCells.get(ri) : box.range();
                Double range = rangeConstrained ? Cells.sample(rangeCell) : Box.sample(box.range());
                if (rangeConstrained && !Box.contains(box.range(), range)) {
                    continue;
                }
                List<Cluster> clusters = clusters(probe(range));
                List<PayloadCell> payloadCells = payloadCut ? payloadCells(clusters)
                        : List.of(new PayloadCell(box.payload(), null, null));
                Map<String, double[]> ends = new TreeMap<>();
                if (!rangeCell.undeclared() && rangeCell.hi() != null) {
                    Map<String, Double> low = probe(rangeCell.lo() > 0 ? rangeCell.lo() : range);
                    Map<String, Double> high = probe(rangeCell.hi());
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
                    for (int ii = 0; ii < (fuelConstrained ? impulseCells.size() : 1); ii++) {
                        Span impulseCell = fuelConstrained ? impulseCells.get(ii) : box.totalImpulse();
                        Double impulse = fuelConstrained ? Cells.sample(impulseCell) : Box.sample(box.totalImpulse());
                        if (fuelConstrained && !Box.contains(box.totalImpulse(), impulse)) {
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

        List<Term> terms() {
            List<Term> terms = new ArrayList<>(from.termsFor(type));
            terms.addAll(to.termsFor(type));
            return terms;
        }

        TypeComparison run() throws AnalysisException {
            buildRangeCells();
            for (int ri = 0; ri < rangeCells.size(); ri++) {
                Double range = Cells.sample(rangeCells.get(ri));
                List<Cluster> clusters = clusters(probe(range));
                List<PayloadCell> payloadCells = payloadCells(clusters);
                for (int pi = 0; pi < propellants.size(); pi++) {
                    for (int ii = 0; ii < impulseCells.size(); ii++) {
                        classify(ri, range, pi, ii, payloadCells, clusters);
                    }
                }
            }
            merge();
            List<Region> regions = pieces.stream().map(this::region).toList();
            List<Counterexample> counterexamples = new ArrayList<>();
            for (Direction direction : Direction.values()) {
                Candidate candidate = best[direction.ordinal()];
                if (candidate != null) {
                    counterexamples.add(confirm(direction, candidate));
                }
            }
            Relation relation = Relation.of(best[Direction.PERMITTED_BY_TO.ordinal()] != null,
                    best[Direction.PERMITTED_BY_FROM.ordinal()] != null);
            return new TypeComparison(type, relation, regions, counterexamples);
        }

        void buildRangeCells() throws AnalysisException {
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
                limits.put(BOX_EDGE + " payload min", box.payload().lo());
                if (box.payload().hi() != null) {
                    limits.put(BOX_EDGE + " payload max", box.payload().hi());
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

        void classify(int ri, Double range, int pi, int ii, List<PayloadCell> cells, List<Cluster> clusters) {
            Propellant propellant = propellants.get(pi);
            Double impulse = Cells.sample(impulseCells.get(ii));
            int n = cells.size();
            Direction[] directions = new Direction[n];
            Decision[] fromDecisions = new Decision[n];
            Decision[] toDecisions = new Decision[n];
            for (int k = 0; k < n; k++) {
                Double payload = Cells.sample(cells.get(k).span());
                List<Verdict> verdicts = evaluator.evaluate(new SystemFact(type, range, payload, propellant, impulse));
                fromDecisions[k] = verdicts.get(fromIndex).decision();
                toDecisions[k] = verdicts.get(toIndex).decision();
                directions[k] = fromDecisions[k] == toDecisions[k] ? null
                        : toDecisions[k] == Decision.PERMITTED ? Direction.PERMITTED_BY_TO : Direction.PERMITTED_BY_FROM;
                if (directions[k] != null) {
                    offer(directions[k], range, ri, payload, cells.get(k).span(), propellant, impulse, ii);
                }
            }
            int k = 0;
            while (k < n) {
                if (directions[k] == null) {
                    k++;
                    continue;
                }
                int end = k;
                if (!cells.get(k).span().undeclared()) {
                    while (end + 1 < n && directions[end + 1] == directions[k] && !cells.get(end + 1).span().undeclared()) {
                        end++;
                    }
                }
                BandKey band;
                double lowerValue = Double.NaN;
                double upperValue = Double.NaN;
                if (cells.get(k).span().undeclared()) {
                    band = new BandKey(true, null, null);
                } else {
                    PayloadCell first = cells.get(k);
                    PayloadCell last = cells.get(end);
                    BoundKey lower = null;
                    BoundKey upper = null;
                    if (first.lowCluster() != null) {
                        int c = first.lowCluster();
                        lower = new BoundKey(labels(c, clusters, cells, fromDecisions, toDecisions), first.span().isPoint());
                        lowerValue = clusters.get(c).value();
                    }
                    if (last.highCluster() != null) {
                        int c = last.highCluster();
                        upper = new BoundKey(labels(c, clusters, cells, fromDecisions, toDecisions), last.span().isPoint());
                        upperValue = clusters.get(c).value();
                    }
                    band = new BandKey(false, lower, upper);
                }
                Piece piece = new Piece(directions[k], band);
                piece.ranges.add(ri);
                piece.propellants.add(pi);
                piece.impulses.add(ii);
                piece.bounds.put(ri, new double[] {lowerValue, upperValue});
                pieces.add(piece);
                k = end + 1;
            }
        }

        /**
         * The limits that make a payload value a boundary: those of a revision whose verdict
         * changes there (another revision's limit at the same value, which changes nothing, is left
         * out so that it does not split regions).
         */
        List<String> labels(int cluster, List<Cluster> clusters, List<PayloadCell> cells, Decision[] fromDecisions, Decision[] toDecisions) {
            int point = -1;
            for (int k = 0; k < cells.size(); k++) {
                if (cells.get(k).span().isPoint() && cells.get(k).lowCluster() == cluster) {
                    point = k;
                }
            }
            List<String> all = clusters.get(cluster).labels();
            List<String> flipping = new ArrayList<>();
            for (String label : all) {
                Decision[] decisions = label.startsWith(to.id() + " ") ? toDecisions : fromDecisions;
                boolean flips = (point > 0 && decisions[point - 1] != decisions[point])
                        || (point + 1 < decisions.length && !cells.get(point + 1).span().undeclared() && decisions[point] != decisions[point + 1]);
                if (flips) {
                    flipping.add(label);
                }
            }
            return flipping.isEmpty() ? all : flipping;
        }

        void offer(Direction direction, Double range, int ri, Double payload, Span payloadSpan, Propellant propellant,
                   Double impulse, int ii) {
            int undeclared = 0;
            undeclared += range == null && rangeConstrained ? 1 : 0;
            undeclared += payload == null && payloadConstrained ? 1 : 0;
            undeclared += propellant == null && fuelConstrained ? 1 : 0;
            undeclared += impulse == null && fuelConstrained ? 1 : 0;
            int points = (rangeCells.get(ri).isPoint() ? 1 : 0) + (payloadSpan.isPoint() ? 1 : 0)
                    + (impulseCells.get(ii).isPoint() ? 1 : 0);
            Candidate candidate = new Candidate(undeclared, points, range, payload, propellant, impulse);
            if (candidate.betterThan(best[direction.ordinal()])) {
                best[direction.ordinal()] = candidate;
            }
        }

        /** Merges pieces that agree on everything but one field's cells, until none do. */
        void merge() {
            boolean merged = true;
            while (merged) {
                merged = false;
                outer:
                for (int i = 0; i < pieces.size(); i++) {
                    for (int j = i + 1; j < pieces.size(); j++) {
                        Piece a = pieces.get(i);
                        Piece b = pieces.get(j);
                        if (a.direction != b.direction || !a.band.equals(b.band)) {
                            continue;
                        }
                        int differing = (a.ranges.equals(b.ranges) ? 0 : 1) + (a.propellants.equals(b.propellants) ? 0 : 1)
                                + (a.impulses.equals(b.impulses) ? 0 : 1);
                        if (differing <= 1) {
                            a.ranges.addAll(b.ranges);
                            a.propellants.addAll(b.propellants);
                            a.impulses.addAll(b.impulses);
                            a.bounds.putAll(b.bounds);
                            pieces.remove(j);
                            merged = true;
                            break outer;
                        }
                    }
                }
            }
        }

        Region region(Piece piece) {
            String permittedBy = piece.direction == Direction.PERMITTED_BY_TO ? to.id() : from.id();
            String prohibitedBy = piece.direction == Direction.PERMITTED_BY_TO ? from.id() : to.id();
            List<Span> range = rangeConstrained ? spans(piece.ranges, rangeCells) : List.of();
            List<Span> impulse = fuelConstrained ? spans(piece.impulses, impulseCells) : List.of();
            List<String> fuels = new ArrayList<>();
            if (fuelConstrained && piece.propellants.size() < propellants.size()) {
                piece.propellants.forEach(i -> fuels.add(propellants.get(i) == null ? "not declared" : propellants.get(i).id()));
            }
            Optional<Region.PayloadBand> payload = Optional.empty();
            BandKey band = piece.band;
            boolean anyDeclared = !band.undeclared() && band.lower() == null && band.upper() == null;
            // A required payload with no bound restricts nothing; an optional one restricts to "declared".
            if (payloadConstrained && !(anyDeclared && type.requiresRangeAndPayload())) {
                payload = Optional.of(new Region.PayloadBand(band.undeclared(),
                        Optional.ofNullable(band.lower()).map(b -> bound(b, piece, 0)),
                        Optional.ofNullable(band.upper()).map(b -> bound(b, piece, 1))));
            }
            String description = RegionText.describe(type, range, payload, fuels, impulse, prohibitedBy, permittedBy);
            return new Region(piece.direction, permittedBy, prohibitedBy, description, range, payload, fuels, impulse);
        }

        Region.Bound bound(BoundKey key, Piece piece, int side) {
            // The limit's value at the sample range of every cell of the region: at each breakpoint,
            // and at the round number chosen inside each interval.
            List<Region.LimitValue> values = new ArrayList<>();
            for (Map.Entry<Integer, double[]> entry : piece.bounds.entrySet()) {
                Span cell = rangeCells.get(entry.getKey());
                values.add(new Region.LimitValue(cell.undeclared() ? null : Cells.sample(cell), entry.getValue()[side]));
            }
            return new Region.Bound(key.labels(), key.inclusive(), values);
        }

        /** Cell indexes as spans: consecutive declared cells joined into one interval; all cells as none. */
        List<Span> spans(TreeSet<Integer> indexes, List<Span> cells) {
            if (indexes.size() == cells.size()) {
                return List.of();
            }
            List<Span> spans = new ArrayList<>();
            Span open = null;
            int previous = -2;
            for (int index : indexes) {
                Span cell = cells.get(index);
                if (cell.undeclared()) {
                    continue;
                }
                if (open != null && index == previous + 1) {
                    open = Span.interval(open.lo(), open.loInclusive(), cell.hi(), cell.hiInclusive());
                } else {
                    if (open != null) {
                        spans.add(open);
                    }
                    open = cell;
                }
                previous = index;
            }
            if (open != null) {
                spans.add(open);
            }
            if (indexes.stream().anyMatch(i -> cells.get(i).undeclared())) {
                spans.add(Span.notDeclared());
            }
            return spans;
        }

        Counterexample confirm(Direction direction, Candidate candidate) throws AnalysisException {
            return counterexamples.confirm(type, direction, candidate.range(), candidate.payload(), candidate.propellant(),
                    candidate.impulse());
        }
    }


}
