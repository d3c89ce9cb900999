package mgc.engine;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Records what the rule engine reports through its own event listeners (agenda: matches created,
 * fired, cancelled; working memory: the system inserted and removed), so an explanation shows
 * the engine's work rather than a reconstruction of it. Attached to a session only for
 * {@code --explain}.
 */
final class RuleTrace {

    private final OutcomeSink sink;
    private final List<TraceStep> steps = new ArrayList<>();
    private int checksBeforeFiring;

    RuleTrace(OutcomeSink sink) {
        this.sink = sink;
    }

    final DefaultAgendaEventListener agenda = new DefaultAgendaEventListener() {
        @Override
        public void matchCreated(MatchCreatedEvent event) {
            add(TraceStep.Kind.MATCHED, event.getMatch(), List.of());
        }

        @Override
        public void matchCancelled(MatchCancelledEvent event) {
            add(TraceStep.Kind.CANCELLED, event.getMatch(), List.of());
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            checksBeforeFiring = sink.size();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            List<String> recorded = sink.since(checksBeforeFiring).stream()
                    .map(c -> (c.violated() ? "finding: " : "within: ") + c.message()).toList();
            add(TraceStep.Kind.FIRED, event.getMatch(), recorded);
        }
    };

    final DefaultRuleRuntimeEventListener memory = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof SystemFact) {
                steps.add(new TraceStep(TraceStep.Kind.INSERTED, null, null, null, List.of(event.getObject().toString()), List.of()));
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof SystemFact) {
                steps.add(new TraceStep(TraceStep.Kind.DELETED, null, null, null, List.of(event.getOldObject().toString()), List.of()));
            }
        }
    };

    private void add(TraceStep.Kind kind, Match match, List<String> outcome) {
        Rule rule = match.getRule();
        Object id = rule.getMetaData().get("ruleId");
        String revision = null;
        List<String> facts = new ArrayList<>();
        for (Object fact : match.getObjects()) {
            facts.add(String.valueOf(fact));
            if (fact instanceof TermFact term) {
                revision = term.getRevision();
            }
        }
        steps.add(new TraceStep(kind, rule.getName(), id == null ? null : id.toString(), revision, facts, outcome));
    }

    /** The steps since the last call, as one system's trace. */
    Trace drain() {
        Trace trace = new Trace(steps);
        steps.clear();
        return trace;
    }
}
