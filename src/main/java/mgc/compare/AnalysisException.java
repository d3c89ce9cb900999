package mgc.compare;

/**
 * The comparison cannot be made exact: the rule base behaves in a way the analysis does not
 * account for (a payload limit that is not linear between breakpoints, a counterexample the rule
 * base does not confirm). Reported as an error; a comparison is never approximated silently.
 */
public final class AnalysisException extends Exception {
    public AnalysisException(String message) {
        super(message, null, false, false);
    }
}
