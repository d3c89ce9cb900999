package mgc.api;

import java.util.List;
import mgc.engine.Decision;

/**
 * The outcome for one system under one revision, with every term that was applied.
 *
 * @param revision the revision id
 * @param decision permitted or prohibited
 * @param checks   every term of the revision applied to the system, passing or not, in a fixed
 *                 order (by rule, then field)
 */
public record Verdict(String revision, Outcome decision, List<Finding> checks) {

    /** Permitted or prohibited. */
    public enum Outcome {
        /** Every applicable term holds. */
        PERMITTED,
        /** At least one term is exceeded, or cannot be shown to hold. */
        PROHIBITED;

        /**
         * The word the command line and JSON use.
         *
         * @return {@code permitted} or {@code prohibited}
         */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Outcome of(Decision decision) {
            return decision == Decision.PERMITTED ? PERMITTED : PROHIBITED;
        }
    }

    /**
     * A verdict; the list is copied.
     *
     * @param revision the revision id
     * @param decision permitted or prohibited
     * @param checks   the terms applied
     */
    public Verdict {
        checks = List.copyOf(checks);
    }

    static Verdict of(mgc.engine.Verdict verdict) {
        return new Verdict(verdict.revision().id(), Outcome.of(verdict.decision()),
                verdict.checks().stream().map(Finding::of).toList());
    }

    /**
     * The violated terms: the reasons for a prohibited verdict.
     *
     * @return the checks with {@link Finding#violated()} true
     */
    public List<Finding> findings() {
        return checks.stream().filter(Finding::violated).toList();
    }

    /**
     * Whether the system is permitted.
     *
     * @return true when permitted
     */
    public boolean isPermitted() {
        return decision == Outcome.PERMITTED;
    }

    /**
     * Whether the system is prohibited.
     *
     * @return true when prohibited
     */
    public boolean isProhibited() {
        return decision == Outcome.PROHIBITED;
    }

    /**
     * The verdict as the command line prints it: the decision, then each check on its own line.
     *
     * @return e.g. {@code 2012 PROHIBITED} followed by {@code x MG-TRADEOFF: ...} lines
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(revision).append(' ').append(decision.name());
        findings().forEach(f -> out.append("\n  ").append(f));
        checks.stream().filter(f -> !f.violated()).forEach(f -> out.append("\n  ").append(f));
        return out.toString();
    }
}
