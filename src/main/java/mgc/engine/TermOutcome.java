package mgc.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import mgc.units.Numbers;

/**
 * One term of a revision applied to one system: the value compared, the limit, the margin and
 * why the limit is what it is. A check that is {@code violated} is a finding; the others explain
 * a permitted verdict.
 *
 * <p>Immutable, with value semantics like a record. The two texts ({@link #basis()} and
 * {@link #message()}) are built on first use: the rules record a check for every term a system
 * meets, and in a batch of millions most of those texts are never shown, while building them
 * was the largest single cost of an evaluation (docs/performance.md).
 */
public final class TermOutcome {

    private final String rule;
    private final String revision;
    private final String field;
    private final Double actual;
    private final double limit;
    private final String unit;
    private final boolean violated;
    private final boolean interpolated;
    private final String source;
    private final Optional<String> reading;
    private Supplier<String> basisText;
    private String basis;
    private Supplier<String> messageText;
    private String message;
    /** The system the rules recorded this check for, so checks of systems evaluated together can be told apart; not part of the value. */
    private SystemFact system;
    /** The term whose method built this check, and which method ({@link Made}): to build it again for another system of its cell. */
    private TermFact maker;
    private Made made;

    /** Which of a term's methods built a check (see {@link #remake}). */
    enum Made { COMPARED, EXEMPT, UNDECLARED }

    /**
     * An outcome whose texts are built when first asked for (the suppliers must be pure).
     *
     * @param actual the system's value in {@code unit}, or null when the system did not declare it
     * @param limit  the limit in {@code unit}
     * @param basis  how the limit was found (e.g. "interpolated on a straight line between ...")
     * @param interpolated true when the limit comes from interpolating the trade-off curve
     * @param source the citations of the term
     * @param reading the reading the rule base takes where the record is unclear, if any
     * @param message the message, or null for the usual one: {@link #describe} of the numbers, then
     *                the basis after a semicolon when there is one (a batch builds millions of
     *                outcomes, and a supplier for each was an allocation that said no more)
     */
    TermOutcome(String rule, String revision, String field, Double actual, double limit, String unit,
                 boolean violated, Supplier<String> basis, boolean interpolated, String source,
                 Optional<String> reading, Supplier<String> message) {
        this.rule = rule;
        this.revision = revision;
        this.field = field;
        this.actual = actual;
        this.limit = limit;
        this.unit = unit;
        this.violated = violated;
        this.basisText = basis;
        this.interpolated = interpolated;
        this.source = source;
        this.reading = reading;
        this.messageText = message;
    }

    /** Tags the check with its system and with how it was built, so {@link #remake} can build it again. */
    TermOutcome of(SystemFact system, TermFact maker, Made made) {
        this.system = system;
        this.maker = maker;
        this.made = made;
        return this;
    }

    SystemFact system() {
        return system;
    }

    /**
     * The outcome the same rule records for another system of this outcome's cell ({@link CellKey}):
     * the same term method, rule and result (and whether the limit is interpolated, which only
     * changes at a range breakpoint), with the other system's numbers.
     */
    TermOutcome remake(SystemFact other) {
        return switch (made) {
            case COMPARED -> maker.compared(rule, other, violated, interpolated);
            case EXEMPT -> maker.exempt(rule, other);
            case UNDECLARED -> maker.undeclared(rule, field, other);
        };
    }

    public String rule() {
        return rule;
    }

    public String revision() {
        return revision;
    }

    public String field() {
        return field;
    }

    public Double actual() {
        return actual;
    }

    public double limit() {
        return limit;
    }

    public String unit() {
        return unit;
    }

    public boolean violated() {
        return violated;
    }

    public boolean interpolated() {
        return interpolated;
    }

    public String source() {
        return source;
    }

    public Optional<String> reading() {
        return reading;
    }

    // Racy but benign: a text may be built twice by two threads, never seen half-built (String
    // is immutable and safely published).

    public String basis() {
        String text = basis;
        if (text == null) {
            text = Objects.requireNonNull(basisText.get());
            basis = text;
        }
        return text;
    }

    public String message() {
        String text = message;
        if (text == null) {
            if (messageText != null) {
                text = Objects.requireNonNull(messageText.get());
            } else {
                String explanation = basis();
                text = describe(field, actual, limit, unit, violated) + (explanation.isEmpty() ? "" : "; " + explanation);
            }
            message = text;
        }
        return text;
    }

    /** Limit minus actual: how much room is left (negative when over), or null when undeclared. */
    public Double margin() {
        return actual == null ? null : limit - actual;
    }

    /** A one-line explanation with units, e.g. {@code range 900 km > limit 800 km (over by 100 km)}. */
    public static String describe(String field, Double actual, double limit, String unit, boolean violated) {
        if (actual == null) {
            return field + " not declared; the limit of " + Numbers.format(limit) + " " + unit
                    + " applies, so compliance cannot be shown";
        }
        double margin = limit - actual;
        // Three decimals hide an excess smaller than 0.0005 (497.097 mi is 800.0000... km): a
        // finding must never read "800 km > limit 800 km", so such values are shown exactly.
        boolean hidden = violated && Numbers.format(actual).equals(Numbers.format(limit));
        String actualText = hidden ? Numbers.plain(actual).toPlainString() : Numbers.format(actual);
        String excessText = hidden
                ? Numbers.plain(actual).subtract(Numbers.plain(limit)).stripTrailingZeros().toPlainString()
                : Numbers.format(-margin);
        return field + " " + actualText + " " + unit + (violated ? " > " : " <= ") + "limit "
                + Numbers.format(limit) + " " + unit + (violated
                ? " (over by " + excessText + " " + unit + ")"
                : " (margin " + Numbers.format(margin) + " " + unit + ")");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermOutcome that
                && rule.equals(that.rule) && revision.equals(that.revision) && field.equals(that.field)
                && Objects.equals(actual, that.actual) && Double.compare(limit, that.limit) == 0
                && unit.equals(that.unit) && violated == that.violated && interpolated == that.interpolated
                && source.equals(that.source) && reading.equals(that.reading)
                && basis().equals(that.basis()) && message().equals(that.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, revision, field, actual, limit, unit, violated, basis(), interpolated, source,
                reading, message());
    }

    @Override
    public String toString() {
        return "TermOutcome[rule=" + rule + ", revision=" + revision + ", field=" + field + ", actual=" + actual
                + ", limit=" + limit + ", unit=" + unit + ", violated=" + violated + ", basis=" + basis()
                + ", interpolated=" + interpolated + ", source=" + source + ", reading=" + reading
                + ", message=" + message() + "]";
    }
}
