package mgc.revision;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import mgc.document.FieldReader;
import mgc.spec.Propellant;

/**
 * One limit of a revision for one system type. Each kind of term is one record (RangeCap, ...)
 * and carries all the code knows about it: the key it is written under in a revision file and how
 * it is read ({@link Kind}), the rule that applies it, the values it needs, the numbers at which
 * its outcome can change, and the numbers and words its rule's outcome quotes. Whether a system is within a term is decided only by the
 * DRL rule base, one rule pair per kind (rules/guideline.drl); the engine wraps every kind in the
 * same fact ({@code mgc.engine.TermFact}). docs/architecture.md: how to add a term kind.
 */
public sealed interface Term permits RangeCap, PayloadCap, PayloadTradeoff, PayloadCapBeyondRange, ImpulseCap {

    /** A value of a system that terms compare or need, as the field is named in outcomes, with its canonical unit. */
    enum Input {
        RANGE("range", "km"), PAYLOAD("payload", "kg"), PROPELLANT("propellant", ""), TOTAL_IMPULSE("total_impulse", "N*s");

        private final String field;
        private final String unit;

        Input(String field, String unit) {
            this.field = field;
            this.unit = unit;
        }

        public String field() {
            return field;
        }

        public String unit() {
            return unit;
        }
    }

    /**
     * What a rule records when a term does not apply to a system (short of a threshold, a
     * propellant it does not cover): the field the outcome names, the limit and unit it quotes and
     * how the limit is found. The message, which quotes the system, is {@link #exemptionMessage}.
     */
    record Exemption(Input field, double limit, String unit, String basis) {}

    /**
     * A kind of term as a revision file writes it: its key ({@code max-range}), the stable id of
     * the DRL rule pair that applies it (its {@code @ruleId}), the fields it reads besides
     * {@code source} and {@code reading}, and how it reads them.
     */
    record Kind(String key, String ruleId, List<String> fields, Reader reader) {
        public Kind {
            fields = List.copyOf(fields);
        }
    }

    /** Reads a term's own fields (the basis already read); errors go to the reader's list. */
    @FunctionalInterface
    interface Reader {
        Optional<Term> read(FieldReader fields, Optional<Basis> basis);
    }

    Kind kind();

    /**
     * The term's own fields as a revision file writes them ({@link Kind#reader()} reads them
     * back), one line each, a nested line indented two spaces more, quantities exact.
     */
    List<String> writtenFields();

    /** The key in a revision file, e.g. {@code max-range}. */
    default String key() {
        return kind().key();
    }

    /** The stable id of the DRL rule pair that applies this kind of term (its {@code @ruleId}). */
    default String ruleId() {
        return kind().ruleId();
    }

    Basis basis();

    /** The term in a few words, e.g. {@code range <= 800 km}. */
    String summary();

    /** The value compared with the limit. */
    Input limited();

    /** The values the term cannot be applied without (a missing one fails it: MG-UNDECLARED). */
    Set<Input> needs();

    /** The limit quoted when a value it needs was not declared, in {@code limited().unit()}. */
    double headlineLimit();

    /** The limit at a range, in {@code limited().unit()}: the headline limit unless it moves with range. */
    default double limitAt(double rangeKm) {
        return headlineLimit();
    }

    /** Whether the limit moves with range between breakpoints (a sloping line), not only in steps at them. */
    default boolean limitSlopes() {
        return false;
    }

    /** Whether the term applies at this range (a threshold), whatever the other values. */
    default boolean appliesAt(double rangeKm) {
        return true;
    }

    /** Whether the term applies to a system of this propellant. */
    default boolean appliesTo(Propellant propellant) {
        return true;
    }

    /** How the limit is found, for an outcome's basis; for a limit that slopes, see {@link #limitBasisAt}. */
    default String limitBasis() {
        return "";
    }

    /** How the limit at this range is found (only asked of a term whose limit slopes). */
    default String limitBasisAt(double rangeKm) {
        return limitBasis();
    }

    /** True when the limit at this range comes from interpolation, not a published figure. */
    default boolean interpolatedAt(double rangeKm) {
        return false;
    }

    /** The outcome's constant part when the term does not apply to a system; null when it always applies. */
    default Exemption exemption() {
        return null;
    }

    /** The message of the outcome recorded when the term does not apply to this system. */
    default String exemptionMessage(double rangeKm, Propellant propellant) {
        throw new UnsupportedOperationException(key() + " always applies");
    }

    /** Ranges (km) at which the outcome can change: caps, thresholds, curve points. */
    default List<Double> rangeBreaks() {
        return List.of();
    }

    /** Payloads (kg) at which the outcome can change. */
    default List<Double> payloadBreaks() {
        return List.of();
    }

    /** Total impulses (N*s) at which the outcome can change. */
    default List<Double> impulseBreaks() {
        return List.of();
    }

    /** Every kind, in the order revision files and outputs list them. */
    static List<Kind> kinds() {
        return Kinds.ALL;
    }

    /** The keys of every kind, in that order. */
    static List<String> keys() {
        return Kinds.KEYS;
    }

    /** The rule ids of every kind, as their DRL rule pairs' {@code @ruleId}. */
    static List<String> ruleIds() {
        return Kinds.RULE_IDS;
    }

    static Optional<Kind> kind(String key) {
        return Kinds.ALL.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /**
     * The list of kinds: a new kind is named here (and in {@code permits}). A holder class, so that
     * building the list (which starts the records' initialization) never runs inside {@code Term}'s.
     */
    final class Kinds {
        static final List<Kind> ALL = List.of(RangeCap.KIND, PayloadCap.KIND, PayloadTradeoff.KIND,
                PayloadCapBeyondRange.KIND, ImpulseCap.KIND);
        static final List<String> KEYS = ALL.stream().map(Kind::key).toList();
        static final List<String> RULE_IDS = ALL.stream().map(Kind::ruleId).toList();

        private Kinds() {}
    }
}
