package mgc.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;

/**
 * The permitted region of one revision for one system type in the range–payload plane, derived
 * from the revision's terms: range caps bound it on the right, payload caps, trade-off curves and
 * beyond-range payload caps from above. Terms on other quantities (the total impulse cap) are not
 * part of this picture and are named in {@link #notShown()}.
 *
 * <p>{@link #permits} applies the terms with the same methods the rule engine's facts use, so
 * the drawn boundary and the verdicts agree (a test checks that they do).
 */
public final class Envelope {

    private final String revision;
    private final String label;
    private final SystemType type;
    private final List<Term> terms;

    private Envelope(Revision revision, SystemType type) {
        this.revision = revision.id();
        this.label = revision.label();
        this.type = type;
        this.terms = revision.termsFor(type);
    }

    public static Envelope of(Revision revision, SystemType type) {
        return new Envelope(revision, type);
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

    /** The lowest range cap, if any term caps range. */
    public OptionalDouble maxRange() {
        return terms.stream().filter(t -> t instanceof Term.RangeCap)
                .mapToDouble(t -> ((Term.RangeCap) t).max().value()).min();
    }

    /** The payload limit at a range in kg; {@code +Infinity} where no term limits payload. */
    public double payloadLimitAt(double rangeKm) {
        double limit = Double.POSITIVE_INFINITY;
        for (Term term : terms) {
            if (term instanceof Term.PayloadCap cap) {
                limit = Math.min(limit, cap.max().value());
            } else if (term instanceof Term.PayloadTradeoff curve) {
                limit = Math.min(limit, curve.limitAt(rangeKm));
            } else if (term instanceof Term.PayloadCapBeyondRange beyond && beyond.appliesAt(rangeKm)) {
                limit = Math.min(limit, beyond.max().value());
            }
        }
        return limit;
    }

    /** Whether a system of this type at (range, payload) is within every range–payload term (limits inclusive). */
    public boolean permits(double rangeKm, double payloadKg) {
        OptionalDouble cap = maxRange();
        return (cap.isEmpty() || rangeKm <= cap.getAsDouble()) && payloadKg <= payloadLimitAt(rangeKm);
    }

    /** True when no term limits range or payload: nothing to draw. */
    public boolean unlimited() {
        return maxRange().isEmpty() && !limitsPayload();
    }

    public boolean limitsPayload() {
        return terms.stream().anyMatch(t -> t instanceof Term.PayloadCap || t instanceof Term.PayloadTradeoff
                || t instanceof Term.PayloadCapBeyondRange);
    }

    /** Terms of this type that constrain something other than range and payload, as their summaries. */
    public List<String> notShown() {
        return terms.stream().filter(t -> t instanceof Term.ImpulseCap).map(Term::summary).toList();
    }

    /** The ranges where the payload limit changes course: curve points and thresholds. */
    List<Double> breakpoints() {
        TreeSet<Double> points = new TreeSet<>();
        for (Term term : terms) {
            if (term instanceof Term.PayloadTradeoff curve) {
                curve.points().forEach(p -> points.add(p.range().value()));
            } else if (term instanceof Term.PayloadCapBeyondRange beyond) {
                points.add(beyond.threshold().value());
            }
        }
        return new ArrayList<>(points);
    }

    /** The greatest finite range and payload the terms name, so the axes can show every limit. */
    double[] extent() {
        double range = maxRange().orElse(0);
        double payload = 0;
        for (Double x : breakpoints()) {
            range = Math.max(range, x);
        }
        for (Term term : terms) {
            if (term instanceof Term.PayloadCap cap) {
                payload = Math.max(payload, cap.max().value());
            } else if (term instanceof Term.PayloadTradeoff curve) {
                payload = Math.max(payload, curve.points().get(0).payload().value());
            } else if (term instanceof Term.PayloadCapBeyondRange beyond) {
                payload = Math.max(payload, beyond.max().value());
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
        double end = Math.min(maxRange().orElse(maxX), maxX);
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
        if (maxRange().isPresent() && end == maxRange().getAsDouble()) {
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
            return notShown().isEmpty() ? "no limit" : "no range or payload limit";
        }
        List<String> parts = new ArrayList<>();
        parts.add(maxRange().isPresent() ? "range <= " + mgc.units.Numbers.format(maxRange().getAsDouble()) + " km" : "no range limit");
        boolean everywhere = terms.stream().anyMatch(t -> t instanceof Term.PayloadCap || t instanceof Term.PayloadTradeoff);
        if (!limitsPayload()) {
            parts.add("no payload limit");
        } else if (!everywhere) {
            Term.PayloadCapBeyondRange beyond = (Term.PayloadCapBeyondRange) terms.stream()
                    .filter(t -> t instanceof Term.PayloadCapBeyondRange).findFirst().orElseThrow();
            parts.add("no payload limit at range " + (beyond.inclusive() ? "< " : "<= ") + beyond.threshold().display());
        }
        return String.join(", ", parts);
    }
}
