package mgc.api;

import java.util.Optional;
import java.util.OptionalDouble;
import mgc.engine.TermOutcome;

/**
 * One term of a revision applied to one system: the value compared, the limit, the margin and
 * where the limit comes from; the same content as an item of {@code findings} or {@code checks}
 * in {@code mgc check --format json}. A violated one is a reason for a prohibited verdict; the
 * others explain a permitted one.
 *
 * @param rule         the rule's stable id, e.g. {@code MG-TRADEOFF}
 * @param revision     the revision whose term this is
 * @param field        the spec field compared: {@code range}, {@code payload}, {@code total_impulse}
 *                     or {@code propellant}
 * @param actual       the system's value in {@code unit}, or empty when the spec does not declare it
 * @param limit        the limit in {@code unit}
 * @param unit         the unit of {@code actual}, {@code limit} and {@code margin}
 * @param margin       {@code limit - actual}: the room left, negative when over; empty when undeclared
 * @param violated     true when the system exceeds the limit (or does not declare a value the term needs)
 * @param interpolated true when the limit is read off the straight line between two published
 *                     points of a trade-off curve (a modelling choice, not a published figure)
 * @param basis        how the limit was found, e.g. {@code at the published point (800 km, 500 kg)}
 * @param source       the published sources of the term
 * @param reading      the interpretation the rule base takes where the record is unclear, if any
 * @param message      the finding in words, as the command line prints it, e.g.
 *                     {@code payload 2,000 kg > limit 500 kg (over by 1,500 kg)}
 */
public record Finding(String rule, String revision, String field, OptionalDouble actual, double limit, Unit unit,
                      OptionalDouble margin, boolean violated, boolean interpolated, String basis, String source,
                      Optional<String> reading, String message) {

    static Finding of(TermOutcome check) {
        OptionalDouble actual = check.actual() == null ? OptionalDouble.empty() : OptionalDouble.of(check.actual());
        OptionalDouble margin = check.margin() == null ? OptionalDouble.empty() : OptionalDouble.of(check.margin());
        Unit unit = Unit.ofSymbol(check.unit()).orElseThrow(() ->
                new IllegalStateException("rule " + check.rule() + " reports in an unknown unit: " + check.unit()));
        return new Finding(check.rule(), check.revision(), check.field(), actual, check.limit(), unit, margin,
                check.violated(), check.interpolated(), check.basis(), check.source(), check.reading(), check.message());
    }

    /**
     * The finding as the command line prints it.
     *
     * @return e.g. {@code x MG-RANGE: range 900 km > limit 800 km (over by 100 km)} for a violated
     *         term, {@code ok MG-RANGE: ...} for one that holds
     */
    @Override
    public String toString() {
        return (violated ? "x " : "ok ") + rule + ": " + message;
    }
}
