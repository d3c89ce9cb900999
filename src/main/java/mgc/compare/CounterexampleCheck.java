package mgc.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputException;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Numbers;

/**
 * Turns a sample point into a counterexample the user can run: written as a spec file, read
 * back through the ordinary spec reader and evaluated by the rule base again. A point the rule
 * base does not confirm is an error, never reported.
 */
final class CounterexampleCheck {

    private final Evaluator evaluator;
    private final Revision from;
    private final Revision to;
    private final int fromIndex;
    private final int toIndex;
    private final DocumentReader reader = new DocumentReader();
    private final SpecReader specReader = new SpecReader();

    CounterexampleCheck(Evaluator evaluator, Revision from, Revision to, int fromIndex, int toIndex) {
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
        StringBuilder yaml = new StringBuilder();
        yaml.append("name: \"").append(type.id()).append(" permitted by ").append(permittedBy)
                .append(", prohibited by ").append(prohibitedBy).append("\"\n");
        yaml.append("type: ").append(type.id()).append('\n');
        if (range != null) {
            yaml.append("range: ").append(Numbers.plain(range).toPlainString()).append(" km\n");
        }
        if (payload != null) {
            yaml.append("payload: ").append(Numbers.plain(payload).toPlainString()).append(" kg\n");
        }
        if (propellant != null) {
            yaml.append("propellant: ").append(propellant.id()).append('\n');
        }
        if (impulse != null) {
            yaml.append("total_impulse: ").append(Numbers.plain(impulse).toPlainString()).append(" N*s\n");
        }
        SystemSpec spec;
        try {
            SpecReader.Result read = specReader.read(reader.read("<counterexample>", yaml.toString().getBytes(StandardCharsets.UTF_8), Format.YAML));
            if (!read.errors().isEmpty() || read.systems().size() != 1) {
                throw new AnalysisException("counterexample is not a valid spec: " + (read.errors().isEmpty() ? "" : read.errors().get(0).describe()));
            }
            spec = read.systems().get(0);
        } catch (InputException e) {
            throw new AnalysisException("counterexample is not a valid spec: " + e.getMessage());
        }
        List<Verdict> verdicts = evaluator.evaluate(spec);
        Verdict fromVerdict = verdicts.get(fromIndex);
        Verdict toVerdict = verdicts.get(toIndex);
        Decision expectedTo = direction == Direction.PERMITTED_BY_TO ? Decision.PERMITTED : Decision.PROHIBITED;
        if (toVerdict.decision() != expectedTo || fromVerdict.decision() == expectedTo) {
            throw new AnalysisException("the rule base does not confirm the counterexample (" + from.id() + " "
                    + fromVerdict.decision() + ", " + to.id() + " " + toVerdict.decision() + "):\n" + yaml);
        }
        return new Counterexample(direction, permittedBy, prohibitedBy, yaml.toString(), spec, fromVerdict, toVerdict);
    }
}
