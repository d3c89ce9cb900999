package mgc.report;

import mgc.output.Formats;
import mgc.capability.Witness;
import mgc.engine.TermOutcome;

/**
 * One reason for a system's decision under a revision, as every format prints it: a failed check
 * at the declared point, or a configuration the stages allow that the rule base prohibits.
 * Formats print reasons rather than the declared findings alone, so a row never says
 * "permitted" without a reason while its summary counts it prohibited.
 *
 * @param rule    the rule id, with " (capability)" when the reason is a capability witness
 * @param message the actual value against the limit, in words with units
 * @param check   the failed check (its field, source and reading)
 */
public record Reason(String rule, String message, TermOutcome check) {

    static Reason declared(TermOutcome check) {
        return new Reason(check.rule(), check.message(), check);
    }

    static Reason capability(Witness witness) {
        return new Reason(witness.check().rule() + " (capability)", witness.describe(), witness.check());
    }

    public String source() {
        return check.source();
    }
}
