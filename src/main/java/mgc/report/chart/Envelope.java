package mgc.report.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.engine.TermOutcome;
import mgc.engine.Verdict;
import mgc.revision.Breakpoints;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;
import mgc.units.Numbers;

/**
 * The permitted region of one revision for one system type in the range–payload plane, as the
 * rule base draws it: the revision's terms only say where the limits can change
 * ({@link Breakpoints}); at and beside each of those ranges the rule base is asked (as
 * {@code sweep} asks it over a grid) for the payload limits its outcomes quote and whether a
 * payload-free system is permitted, which bounds the region on the right. Between two breakpoints
 * a limit is constant or a straight line, so the boundary is drawn through those answers. Terms on
 * other quantities (the total impulse cap) are not part of this picture and are named in
 * {@link #notShown()}.
 */
public final class Envelope {

    private final String revision;
    private final String label;
    private final SystemType type;
    private final List<String> notShown;
    /** The ranges asked about, ascending, and the payload limit there ({@code +Infinity}: none). */
    private final double[] probes;
    private final double[] limits;
    /** The ranges at which the revision's terms change (caps, thresholds, curve points). */
    private final List<Double> breaks;
    private final OptionalDouble maxRange;

    private Envelope(Revision revision, SystemType type, List<Double> breaks, double[] probes, double[] limits,
                     OptionalDouble maxRange) {
        this.revision = revision.id();
        this.label = revision.label();
        this.type = type;
        this.notShown = revision.termsFor(type).stream()
                .filter(t -> !t.needs().contains(Term.Input.RANGE) && !t.needs().contains(Term.Input.PAYLOAD))
                .map(Term::summary).toList();
        this.breaks = List.copyOf(breaks);
        this.probes = probes;
        this.limits = limits;
        this.maxRange = maxRange;
    }

    /** The envelope of {@code revision} (which {@code evaluator} must hold) for {@code type}, drawn by the rule base. */
    public static Envelope draw(Evaluator evaluator, Revision revision, SystemType type) {
        int index = evaluator.revisions().stream().map(Revision::id).toList().indexOf(revision.id());
        if (index < 0) {
            throw new IllegalArgumentException("the evaluator does not hold revision " + revision.id());
        }
        List<Double> breaks = Breakpoints.of(revision, type).rangesKm();
        TreeSet<Double> ranges = new TreeSet<>(List.of(0.0, Math.nextUp(0.0)));
        for (double x : breaks) {
            ranges.addAll(List.of(Math.nextDown(x), x, Math.nextUp(x)));
        }
        // Past the last breakpoint every limit holds where it is: one range there stands for all.
        ranges.add(beyond(breaks));
        ranges.removeIf(x -> x < 0);
        double[] probes = ranges.stream().mapToDouble(Double::doubleValue).toArray();
        double[] limits = new double[probes.length];
        for (int i = 0; i < probes.length; i++) {
            limits[i] = payloadLimit(evaluator.evaluate(new SystemFact(type, probes[i], 0.0, null, null)).get(index));
        }
        OptionalDouble maxRange = OptionalDouble.empty();
        for (double x : breaks) {
            if (permitted(evaluator, index, type, x) && !permitted(evaluator, index, type, Math.nextUp(x))) {
                maxRange = OptionalDouble.of(x);
                break;
            }
        }
        return new Envelope(revision, type, breaks, probes, limits, maxRange);
    }

    private static double beyond(List<Double> breaks) {
        return breaks.isEmpty() ? 1 : breaks.get(breaks.size() - 1) * 2 + 1;
    }

    /** The least payload limit a verdict's outcomes quote for a declared payload; {@code +Infinity} for none. */
    private static double payloadLimit(Verdict verdict) {
        double limit = Double.POSITIVE_INFINITY;
        for (TermOutcome outcome : verdict.checks()) {
            if (outcome.field().equals(Term.Input.PAYLOAD.field()) && outcome.actual() != null) {
                limit = Math.min(limit, outcome.limit());
            }
        }
        return limit;
    }

    /** Whether a system of no payload at this range is permitted. */
    private static boolean permitted(Evaluator evaluator, int index, SystemType type, double rangeKm) {
        return evaluator.evaluate(new SystemFact(type, rangeKm, 0.0, null, null)).get(index).decision() == Decision.PERMITTED;
    }

    public String revision() {
        return revision;
    }

    public String label() {
        return label;
    }

    public SystemType type() {
        return type;
    }

    /** Where the region ends on the right, if a term caps range. */
    public OptionalDouble maxRange() {
        return maxRange;
    }

    /**
     * The payload limit at a range in kg, {@code +Infinity} where none applies: as the rule base
     * quoted it at the ranges asked about, and on the straight line between them elsewhere.
     */
    public double payloadLimitAt(double rangeKm) {
        int at = Arrays.binarySearch(probes, rangeKm);
        if (at >= 0) {
            return limits[at];
        }
        int above = -at - 1;
        if (above >= probes.length) {
            return limits[probes.length - 1];
        }
        int below = above - 1;
        if (below < 0 || Double.isInfinite(limits[below]) || Double.isInfinite(limits[above])) {
            return limits[Math.max(below, 0)];
        }
        double share = (rangeKm - probes[below]) / (probes[above] - probes[below]);
        return limits[below] + share * (limits[above] - limits[below]);
    }

    /** True when no term limits range or payload: nothing to draw. */
    public boolean unlimited() {
        return maxRange.isEmpty() && !limitsPayload();
    }

    public boolean limitsPayload() {
        return Arrays.stream(limits).anyMatch(Double::isFinite);
    }

    /** Terms of this type that constrain something other than range and payload, as their summaries. */
    public List<String> notShown() {
        return notShown;
    }

    /** The ranges where the limits can change course: caps, curve points and thresholds. */
    List<Double> breakpoints() {
        return breaks;
    }

    /** The greatest finite range and payload the limits reach, so the axes can show every limit. */
    double[] extent() {
        double range = maxRange.orElse(0);
        double payload = 0;
        for (Double x : breakpoints()) {
            range = Math.max(range, x);
        }
        for (double limit : limits) {
            if (Double.isFinite(limit)) {
                payload = Math.max(payload, limit);
            }
        }
        return new double[] {range, payload};
    }

    /**
     * The upper boundary of the permitted region for ranges up to {@code maxX}: a polyline from
     * range 0 to the range cap (or {@code maxX}), then down to the axis at the cap. A payload of
     * {@code +Infinity} marks where no term limits payload; a jump (a payload cap that starts
     * beyond a threshold) is a vertical step. Empty when {@link #unlimited()}.
     */
    public List<double[]> boundary(double maxX) {
        List<double[]> line = new ArrayList<>();
        if (unlimited()) {
            return line;
        }
        double end = Math.min(maxRange.orElse(maxX), maxX);
        List<Double> xs = new ArrayList<>();
        xs.add(0.0);
        for (double x : breakpoints()) {
            if (x > 0 && x < end) {
                xs.add(x);
            }
        }
        xs.add(end);
        for (int i = 0; i < xs.size(); i++) {
            double x = xs.get(i);
            double left = payloadLimitAt(Math.max(0, Math.nextDown(x)));
            double at = payloadLimitAt(x);
            double right = payloadLimitAt(Math.nextUp(x));
            // A step at x (the limit differs just before, at or just after the point) is drawn
            // vertically through every level it takes.
            if (i > 0 && jumps(left, at)) {
                add(line, x, left);
            }
            add(line, x, at);
            if (i < xs.size() - 1 && jumps(at, right)) {
                add(line, x, right);
            }
        }
        if (maxRange.isPresent() && end == maxRange.getAsDouble()) {
            add(line, end, 0);
        }
        return line;
    }

    /** A real step, not the rounding of a straight line evaluated a hair to either side. */
    private static boolean jumps(double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a != b;
        }
        return Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(b));
    }

    private static void add(List<double[]> line, double x, double y) {
        double[] last = line.isEmpty() ? null : line.get(line.size() - 1);
        if (last == null || last[0] != x || last[1] != y) {
            line.add(new double[] {x, y});
        }
    }

    /** A few words for the legend: what bounds the region, "no limit" when nothing does. */
    public String describe() {
        if (unlimited()) {
            return notShown.isEmpty() ? "no limit" : "no range or payload limit";
        }
        List<String> parts = new ArrayList<>();
        parts.add(maxRange.isPresent() ? "range <= " + Numbers.format(maxRange.getAsDouble()) + " km" : "no range limit");
        if (!limitsPayload()) {
            parts.add("no payload limit");
        } else if (Double.isInfinite(limits[0])) {
            // A payload limit that starts at a threshold: at it (the threshold counts) or just past it.
            int first = 0;
            while (Double.isInfinite(limits[first])) {
                first++;
            }
            boolean atThreshold = breaks.contains(probes[first]);
            double threshold = atThreshold ? probes[first] : probes[first - 1];
            parts.add("no payload limit at range " + (atThreshold ? "< " : "<= ") + Numbers.format(threshold) + " km");
        }
        return String.join(", ", parts);
    }
}
