package mgc.api.assertj;

import java.util.Optional;
import mgc.api.Finding;
import mgc.api.Spec;
import mgc.api.Unit;
import mgc.api.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one verdict: the rules that decide it and the margins that explain it; made by
 * {@link CheckResultAssert#isPermittedUnder} and {@link CheckResultAssert#isProhibitedUnder}.
 */
public final class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

    private final Spec spec;

    VerdictAssert(Verdict actual, Spec spec) {
        super(actual, VerdictAssert.class);
        this.spec = spec;
    }

    /**
     * Verifies that a rule is among the findings (the violated terms) of the verdict.
     *
     * @param rule a rule id, e.g. {@code MG-TRADEOFF}
     * @return this assertion
     */
    public VerdictAssert byRule(String rule) {
        if (actual.findings().stream().noneMatch(f -> f.rule().equals(rule))) {
            failWithMessage("Expecting %s to be prohibited under %s by %s, but %s:%n%s", spec, actual.revision(), rule,
                    actual.findings().isEmpty() ? "it has no findings" : "the findings are "
                            + actual.findings().stream().map(Finding::rule).distinct().toList(), checks(actual));
        }
        return this;
    }

    /**
     * Verifies that a rule's check leaves at least some room: its margin (limit minus actual)
     * is at least {@code amount}.
     *
     * @param rule   a rule id, e.g. {@code MG-RANGE}
     * @param amount the least margin, in {@code unit}; 0 means "at the limit or within it"
     * @param unit   the unit of {@code amount}, of the kind the rule compares
     * @return this assertion
     */
    public VerdictAssert withMarginAtLeast(String rule, double amount, Unit unit) {
        Finding check = check(rule);
        if (check.margin().isEmpty()) {
            failWithMessage("Expecting %s under %s to have a margin of at least %s %s on %s, but %s is not declared:%n%s",
                    spec, actual.revision(), amount, unit, rule, check.field(), checks(actual));
        }
        double least = unit.convert(amount, check.unit());
        if (check.margin().getAsDouble() < least) {
            failWithMessage("Expecting %s under %s to have a margin of at least %s %s on %s, but %s:%n%s", spec,
                    actual.revision(), amount, unit, rule, check.message(), checks(actual));
        }
        return this;
    }

    private Finding check(String rule) {
        Optional<Finding> check = actual.checks().stream().filter(f -> f.rule().equals(rule)).findFirst();
        if (check.isEmpty()) {
            failWithMessage("Expecting %s under %s to be checked by %s, but it is not (no such term applies):%n%s", spec,
                    actual.revision(), rule, checks(actual));
        }
        return check.get();
    }

    /** The verdict's checks as {@code mgc check} prints them: findings first. */
    static String checks(Verdict verdict) {
        StringBuilder out = new StringBuilder();
        verdict.findings().forEach(f -> out.append("  ").append(f).append(System.lineSeparator()));
        verdict.checks().stream().filter(f -> !f.violated()).forEach(f -> out.append("  ").append(f).append(System.lineSeparator()));
        if (verdict.checks().isEmpty()) {
            out.append("  (no terms of revision ").append(verdict.revision()).append(" apply)");
        }
        return out.toString().stripTrailing();
    }
}
