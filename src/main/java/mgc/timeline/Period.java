package mgc.timeline;

import java.util.List;
import java.util.Optional;
import mgc.engine.Decision;

/**
 * A stretch of the guideline's history over which a system's verdict did not change.
 *
 * @param from      the first day (the default date of the first revision in it)
 * @param to        the day the next period starts; empty for the last period (to today)
 * @param decision  the verdict throughout
 * @param revisions the revisions in force over it, in order
 * @param rules     for a prohibited period, "RULE under REVISION" for each failed rule
 */
public record Period(String from, Optional<String> to, Decision decision, List<String> revisions, List<String> rules) {

    public Period {
        revisions = List.copyOf(revisions);
        rules = List.copyOf(rules);
    }

    /** E.g. {@code prohibited 1979-09-10 to 2017-11-07 (MG-TRADEOFF under 2012)}. */
    public String describe() {
        String when = to.map(t -> from + " to " + t).orElse("since " + from);
        String under = "under " + String.join(", ", revisions);
        return decision.id() + " " + when + " (" + (rules.isEmpty() ? under : String.join("; ", rules)) + ")";
    }
}
