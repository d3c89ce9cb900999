package mgc.engine;

import java.util.List;

/**
 * One step of the rule engine's work on a system, as its event listeners reported it.
 *
 * @param rule     the DRL rule name, or null for working-memory steps
 * @param ruleId   the rule's stable {@code @ruleId}, or null
 * @param revision the revision whose term the step involves, or null when it involves none
 * @param facts    the facts matched (or inserted/removed), as they describe themselves
 * @param outcome  for a fired rule, the checks it recorded; otherwise empty
 */
public record TraceStep(Kind kind, String rule, String ruleId, String revision, List<String> facts, List<String> outcome) {

    public enum Kind {
        /** The system was put into working memory. */
        INSERTED("inserted"),
        /** A rule's conditions were met by these facts: the rule was evaluated and matched. */
        MATCHED("matched"),
        /** A matched rule's consequence ran. */
        FIRED("fired"),
        /** A match was withdrawn before firing. */
        CANCELLED("cancelled"),
        /** The system was taken out of working memory again. */
        DELETED("removed");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public TraceStep {
        facts = List.copyOf(facts);
        outcome = List.copyOf(outcome);
    }
}
