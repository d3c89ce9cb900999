package mgc.report.chart;

import java.util.List;
import mgc.engine.Evaluator;
import mgc.engine.RuleBase;
import mgc.revision.Revision;
import mgc.spec.SystemType;

/** Draws envelopes with one rule base: a session over the revisions asked for, closed when they are drawn. */
public final class Envelopes {

    private final RuleBase ruleBase;

    public Envelopes(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /** The envelope of each revision for {@code type}, in the order given. */
    public List<Envelope> of(List<Revision> revisions, SystemType type) {
        try (Evaluator evaluator = ruleBase.newEvaluator(revisions)) {
            return revisions.stream().map(r -> Envelope.draw(evaluator, r, type)).toList();
        }
    }

    public Envelope of(Revision revision, SystemType type) {
        return of(List.of(revision), type).get(0);
    }
}
