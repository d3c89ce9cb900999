package mgc.report.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mgc.engine.Evaluator;
import mgc.engine.RuleBase;
import mgc.revision.Revision;
import mgc.spec.SystemType;

/**
 * Draws envelopes with one rule base: a session over the revisions asked for, closed when they are
 * drawn. Each revision's envelope for a type is drawn once and kept, since a report shows it more
 * than once (the overview and the revision's own section) and drawing asks the rule base at every
 * breakpoint.
 */
public final class Envelopes {

    private record Key(Revision revision, SystemType type) {}

    private final RuleBase ruleBase;
    private final Map<Key, Envelope> drawn = new HashMap<>();

    public Envelopes(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    /** The envelope of each revision for {@code type}, in the order given. */
    public List<Envelope> of(List<Revision> revisions, SystemType type) {
        List<Revision> missing = revisions.stream().filter(r -> !drawn.containsKey(new Key(r, type))).distinct().toList();
        if (!missing.isEmpty()) {
            try (Evaluator evaluator = ruleBase.newEvaluator(missing)) {
                for (Revision revision : missing) {
                    drawn.put(new Key(revision, type), Envelope.draw(evaluator, revision, type));
                }
            }
        }
        List<Envelope> envelopes = new ArrayList<>(revisions.size());
        for (Revision revision : revisions) {
            envelopes.add(drawn.get(new Key(revision, type)));
        }
        return List.copyOf(envelopes);
    }

    public Envelope of(Revision revision, SystemType type) {
        return of(List.of(revision), type).get(0);
    }
}
