package mgc.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where the DRL rules record their outcomes (the rule base's only global). One per session; the
 * evaluator drains it after each firing. A rule passes its own context ({@code kcontext}), so the
 * outcome carries the id the rule's {@code @ruleId} metadata gives: each rule states its id once.
 * (The context costs the executable model one small object per firing; a system whose cell is
 * already decided does not reach the rules at all ({@link CellKey}), so a batch pays it once per
 * cell, and the constant basis texts {@link TermFact} no longer wraps per outcome more than make up.)
 */
public final class OutcomeSink {

    private List<TermOutcome> checks = new ArrayList<>();

    /** The term's limit is exceeded: a finding. */
    public void exceeded(RuleContext rule, TermFact term, SystemFact system) {
        checks.add(term.compared(ruleId(rule), system, true));
    }

    /** The system is within the term's limit: the margin that explains a permitted verdict. */
    public void within(RuleContext rule, TermFact term, SystemFact system) {
        checks.add(term.compared(ruleId(rule), system, false));
    }

    /** The term does not apply to the system (short of its threshold, a propellant it does not cover). */
    public void exempt(RuleContext rule, TermFact term, SystemFact system) {
        checks.add(term.exempt(ruleId(rule), system));
    }

    /** The term needs {@code field} ({@code range}, ...), which the system does not declare: a finding. */
    public void undeclared(RuleContext rule, TermFact term, SystemFact system, String field) {
        checks.add(term.undeclared(ruleId(rule), field, system));
    }

    /** The rule's {@code @ruleId}, or its name when a rules folder's rule has none. */
    static String ruleId(RuleContext context) {
        Object id = context.getRule().getMetaData().get("ruleId");
        return id == null ? context.getRule().getName() : id.toString();
    }

    int size() {
        return checks.size();
    }

    /** The outcomes added since the sink held {@code count}; for the trace of one rule firing. */
    List<TermOutcome> since(int count) {
        return List.copyOf(checks.subList(count, checks.size()));
    }

    /** The outcomes recorded since the last drain, in firing order; the sink is empty after. */
    List<TermOutcome> drain() {
        List<TermOutcome> out = checks;
        checks = new ArrayList<>();
        return out;
    }
}
