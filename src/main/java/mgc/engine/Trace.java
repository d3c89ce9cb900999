package mgc.engine;

import java.util.List;
import java.util.Objects;

/** What the rule engine did for one system, step by step, for {@code --explain}. */
public record Trace(List<TraceStep> steps) {

    public Trace {
        steps = List.copyOf(steps);
    }

    /** The steps that involve one revision's terms. */
    public List<TraceStep> forRevision(String revision) {
        return steps.stream().filter(s -> Objects.equals(s.revision(), revision)).toList();
    }

    /** The steps that involve no revision (the system entering and leaving working memory). */
    public List<TraceStep> general() {
        return steps.stream().filter(s -> s.revision() == null).toList();
    }
}
