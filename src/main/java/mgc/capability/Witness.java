package mgc.capability;

import mgc.engine.TermOutcome;

/** A configuration the rule base prohibits, with the failed check that says why. */
public record Witness(Configuration configuration, TermOutcome check) {

    /** E.g. {@code with 500 kg it reaches 1,018.312 km: range 1,018.312 km > limit 800 km (over by 218.312 km)}. */
    public String describe() {
        return configuration.describe() + ": " + check.message();
    }
}
