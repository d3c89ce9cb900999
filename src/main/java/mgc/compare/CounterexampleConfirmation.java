package mgc.compare;

import java.util.List;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;

/**
 * Turns a sample point into a counterexample the user can run: written as a spec file, read
 * back through the ordinary spec reader and evaluated by the rule base again. A point the rule
 * base does not confirm is an error, never reported.
 */
final class CounterexampleConfirmation {

    private final Evaluator evaluator;
    private final Revision from;
    private final Revision to;
    private final int fromIndex;
    private final int toIndex;

    CounterexampleConfirmation(Evaluator evaluator, Revision from, Revision to, int fromIndex, int toIndex) {
        this.evaluator = evaluator;
        this.from = from;
        this.to = to;
        this.fromIndex = fromIndex;
        this.toIndex = toIndex;
    }

Counterexample confirm(SystemType type, Direction direction, Double range, Double payload, Propellant propellant,
                       Double impulse) throws AnalysisException {
        String permittedBy = direction == Direction.PERMITTED_BY_TO ? to.id() : from.id();
        String prohibitedBy = direction == Direction.PERMITTED_BY_TO ? from.id() : to.id();
        SpecText written = SpecText.of(type.id() + " permitted by " + permittedBy + ", prohibited by " + prohibitedBy,
                type, range, payload, propellant, impulse);
        String yaml = written.yaml();
        SystemSpec spec = written.spec();
        List<Verdict> verdicts = evaluator.evaluate(spec);
        Verdict fromVerdict = verdicts.get(fromIndex);
        Verdict toVerdict = verdicts.get(toIndex);
        Decision expectedTo = direction == Direction.PERMITTED_BY_TO ? Decision.PERMITTED : Decision.PROHIBITED;
        if (toVerdict.decision() != expectedTo || fromVerdict.decision() == expectedTo) {
            throw new AnalysisException("the rule base does not confirm the counterexample (" + from.id() + " "
                    + fromVerdict.decision() + ", " + to.id() + " " + toVerdict.decision() + "):\n" + yaml);
        }
        return new Counterexample(direction, permittedBy, prohibitedBy, yaml, spec, fromVerdict, toVerdict);
    }
}
