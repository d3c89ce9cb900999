package mgc.engine;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import mgc.revision.Breakpoints;
import mgc.revision.Revision;
import mgc.revision.Term;
import mgc.spec.SystemType;

/**
 * Which cell of the exact region analysis a system falls in, as one {@code long}: the same cells
 * {@code mgc compare} reasons about. Each field is cut at every number the terms of the system's
 * type compare it with (in any of the revisions): each number is a cell of its own, the open
 * intervals between them are cells too, and "not declared" is one more. A trade-off curve's payload
 * limit moves with range, so for each term whose limit slopes the key also says whether the payload
 * is below, on or above the limit at the system's range. The numbers are the terms' own
 * ({@link Breakpoints}). The propellant is kept as it is.
 *
 * <p>Why this is sound for the shipped rule base: each of its rules compares a system's value only
 * with its term's numbers (or the curve's limit at the system's range), and reads only the
 * declared-or-not flags, the type and the propellant; so two systems of one cell meet the same
 * rules with the same outcomes, and {@link Evaluator} lets the rule base decide once per cell
 * (docs/performance.md). {@code CellMemoTest} holds it to that on seeded systems at and between
 * every breakpoint. A rules folder given at run time may compare with anything, so it never gets
 * a key.
 */
final class CellKey {

    /** No key: the system is evaluated by the rule engine itself. */
    static final long NONE = -1;

    private final Axes[] byType;

    private CellKey(Axes[] byType) {
        this.byType = byType;
    }

    /** The cutting numbers of one system type, or null when its terms cannot be keyed. */
    private record Axes(int type, double[] range, double[] payload, double[] impulse, Term[] curves,
                        int rangeBits, int payloadBits, int impulseBits) {}

    static CellKey of(List<Revision> revisions) {
        SystemType[] types = SystemType.values();
        Axes[] byType = new Axes[types.length];
        for (SystemType type : types) {
            byType[type.ordinal()] = axes(type, revisions);
        }
        return new CellKey(byType);
    }

    private static Axes axes(SystemType type, List<Revision> revisions) {
        Breakpoints breakpoints = Breakpoints.of(revisions, type);
        TreeSet<Double> range = plain(breakpoints.rangesKm());
        TreeSet<Double> payload = plain(breakpoints.payloadsKg());
        TreeSet<Double> impulse = plain(breakpoints.impulsesNs());
        List<Term> curves = breakpoints.sloping();
        int rangeBits = bits(range.size());
        int payloadBits = bits(payload.size());
        int impulseBits = bits(impulse.size());
        // type (3 bits) + propellant (3) + the three axes + 2 bits per curve must fit in 63 bits.
        if (3 + 3 + rangeBits + payloadBits + impulseBits + 2 * curves.size() > 63) {
            return null;
        }
        return new Axes(type.ordinal(), unbox(range), unbox(payload), unbox(impulse),
                curves.toArray(Term[]::new), rangeBits, payloadBits, impulseBits);
    }

    /** The system's cell, or {@link #NONE}. */
    long of(SystemFact system) {
        Axes axes = byType[system.getType().ordinal()];
        if (axes == null) {
            return NONE;
        }
        long key = system.getPropellant() == null ? 0 : system.getPropellant().ordinal() + 1;
        key = key << axes.rangeBits() | cell(axes.range(), system.isRangeGiven(), system.getRangeKm());
        key = key << axes.payloadBits() | cell(axes.payload(), system.isPayloadGiven(), system.getPayloadKg());
        key = key << axes.impulseBits() | cell(axes.impulse(), system.isImpulseGiven(), system.getImpulseNs());
        boolean both = system.isRangeGiven() && system.isPayloadGiven();
        for (Term curve : axes.curves()) {
            int side = 0;
            if (both) {
                double limit = curve.limitAt(system.getRangeKm());
                double payload = system.getPayloadKg();
                // The comparisons the DRL makes (limitAt($range) < $payload, >=), with equality apart.
                side = payload < limit ? 1 : payload == limit ? 2 : 3;
            }
            key = key << 2 | side;
        }
        // The type last, in the lowest bits: the other fields' widths differ by type, so keys of
        // two types must never be able to meet.
        return key << 3 | axes.type();
    }

    /** 0 when not declared; 2i+2 when equal to breakpoint i; 2i+1 when between breakpoints i-1 and i. */
    private static long cell(double[] breakpoints, boolean given, double value) {
        if (!given) {
            return 0;
        }
        if (Double.isNaN(value)) {
            // Never from a validated spec; a cell of its own that no breakpoint shares.
            return 2L * breakpoints.length + 2;
        }
        int at = Arrays.binarySearch(breakpoints, plain(value));
        return at >= 0 ? 2L * at + 2 : 2L * (-at - 1) + 1;
    }

    /** Cells of an axis with n breakpoints: not declared, n points, n + 1 intervals, and NaN. */
    private static int bits(int n) {
        return 64 - Long.numberOfLeadingZeros(2L * n + 2);
    }

    /** -0.0 as 0.0: the DRL compares with ==, under which they are one number; binarySearch would part them. */
    private static double plain(double value) {
        return value + 0.0;
    }

    private static TreeSet<Double> plain(List<Double> values) {
        TreeSet<Double> set = new TreeSet<>();
        values.forEach(v -> set.add(plain(v)));
        return set;
    }

    private static double[] unbox(TreeSet<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
