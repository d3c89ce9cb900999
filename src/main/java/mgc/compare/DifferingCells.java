package mgc.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import mgc.compare.PlaneCuts.Cluster;
import mgc.compare.PlaneCuts.PayloadCell;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemType;

/**
 * Both revisions' verdicts over the cells of {@link PlaneCuts}, one sample per cell; the cells
 * where they differ, merged into regions (a product of range, propellant and impulse cells with
 * one payload band), and the best counterexample of each direction, confirmed before it is reported.
 */
final class DifferingCells {

    record BoundKey(List<String> labels, boolean inclusive) {}

    record BandKey(boolean undeclared, BoundKey lower, BoundKey upper) {}

    record Candidate(int undeclared, int points, Double range, Double payload, Propellant propellant, Double impulse) {
        boolean betterThan(Candidate other) {
            return other == null || undeclared < other.undeclared || (undeclared == other.undeclared && points < other.points);
        }
    }

    /** A difference region while cells are being merged: a product of cell sets, one payload band. */
    static final class Piece {
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

    private final Evaluator evaluator;
    private final Revision from;
    private final Revision to;
    private final int fromIndex;
    private final int toIndex;
    private final SystemType type;
    private final boolean rangeConstrained;
    private final boolean payloadConstrained;
    private final boolean fuelConstrained;
    private final List<Span> rangeCells;
    private final List<Propellant> propellants;
    private final List<Span> impulseCells;
    private final CounterexampleConfirmation counterexamples;
    private final List<Piece> pieces = new ArrayList<>();
    private final Candidate[] best = new Candidate[2];

    DifferingCells(PlaneCuts cuts, CounterexampleConfirmation counterexamples) {
        this.evaluator = cuts.evaluator;
        this.from = cuts.from;
        this.to = cuts.to;
        this.fromIndex = cuts.fromIndex;
        this.toIndex = cuts.toIndex;
        this.type = cuts.type;
        this.rangeConstrained = cuts.rangeConstrained;
        this.payloadConstrained = cuts.payloadConstrained;
        this.fuelConstrained = cuts.fuelConstrained;
        this.rangeCells = cuts.rangeCells;
        this.propellants = cuts.propellants;
        this.impulseCells = cuts.impulseCells;
        this.counterexamples = counterexamples;
    }

    /** Every cell of the cuts, classified, then merged: the type's comparison. */
    TypeComparison compare(PlaneCuts cuts) throws AnalysisException {
        for (int ri = 0; ri < rangeCells.size(); ri++) {
            Double range = Cells.sample(rangeCells.get(ri));
            List<Cluster> clusters = cuts.clusters(cuts.probe(range));
            List<PayloadCell> payloadCells = cuts.payloadCells(clusters);
            for (int pi = 0; pi < propellants.size(); pi++) {
                for (int ii = 0; ii < impulseCells.size(); ii++) {
                    classify(ri, range, pi, ii, payloadCells, clusters);
                }
            }
        }
        merge();
        List<Region> regions = pieces.stream().map(this::region).toList();
        List<Counterexample> confirmed = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            Candidate candidate = best[direction.ordinal()];
            if (candidate != null) {
                confirmed.add(confirm(direction, candidate));
            }
        }
        Relation relation = Relation.of(best[Direction.PERMITTED_BY_TO.ordinal()] != null,
                best[Direction.PERMITTED_BY_FROM.ordinal()] != null);
        return new TypeComparison(type, relation, regions, confirmed);
    }

    private void classify(int ri, Double range, int pi, int ii, List<PayloadCell> cells, List<Cluster> clusters) {
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
    private List<String> labels(int cluster, List<Cluster> clusters, List<PayloadCell> cells, Decision[] fromDecisions, Decision[] toDecisions) {
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

    private void offer(Direction direction, Double range, int ri, Double payload, Span payloadSpan, Propellant propellant,
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
    private void merge() {
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

    private Region region(Piece piece) {
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

    private Region.Bound bound(BoundKey key, Piece piece, int side) {
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
    private List<Span> spans(TreeSet<Integer> indexes, List<Span> cells) {
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

    private Counterexample confirm(Direction direction, Candidate candidate) throws AnalysisException {
        return counterexamples.confirm(type, direction, candidate.range(), candidate.payload(), candidate.propellant(),
                candidate.impulse());
    }
}
