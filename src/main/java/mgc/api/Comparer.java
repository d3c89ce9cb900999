package mgc.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import mgc.compare.AnalysisException;
import mgc.compare.RevisionComparison;
import mgc.engine.Evaluator;
import mgc.revision.Revision;

/**
 * {@link Guideline#compare}: the exact comparison of two revisions per system type, turned into
 * the API's records, and which of the given systems change decision between them.
 */
final class Comparer {

    private Comparer() {
    }

    static Comparison compare(LoadedRevisions revisions, String from, String to, Collection<Spec> specs) {
        Revision fromRevision = revisions.find(from);
        Revision toRevision = revisions.find(to);
        List<Comparison.TypeComparison> types = new ArrayList<>();
        try (RevisionComparison comparison = new RevisionComparison(revisions.ruleBase(), fromRevision, toRevision)) {
            for (mgc.compare.TypeComparison type : comparison.types()) {
                types.add(type(type));
            }
        } catch (AnalysisException e) {
            throw MgcException.of("compare " + from + " " + to, e.getMessage());
        }
        List<Comparison.Change> changes = new ArrayList<>();
        int unchanged = 0;
        List<Revision> pair = from.equals(to) ? List.of(fromRevision) : List.of(fromRevision, toRevision);
        try (Evaluator evaluator = revisions.ruleBase().newEvaluator(pair)) {
            for (Spec spec : specs) {
                List<mgc.engine.Verdict> verdicts = evaluator.evaluate(spec.model());
                Verdict before = Verdict.of(verdicts.get(0));
                Verdict after = Verdict.of(verdicts.get(verdicts.size() - 1));
                if (before.decision() != after.decision()) {
                    changes.add(new Comparison.Change(spec, before, after));
                } else {
                    unchanged++;
                }
            }
        }
        return new Comparison(from, to, types, changes, unchanged);
    }

    private static Comparison.TypeComparison type(mgc.compare.TypeComparison type) {
        List<Comparison.Region> regions = type.regions().stream()
                .map(r -> new Comparison.Region(r.permittedBy(), r.prohibitedBy(), r.description())).toList();
        List<Comparison.Counterexample> examples = type.counterexamples().stream()
                .map(c -> new Comparison.Counterexample(c.permittedBy(), c.prohibitedBy(), Spec.of(c.spec()), c.yaml(),
                        c.prohibiting().findings().stream().map(Finding::of).toList())).toList();
        return new Comparison.TypeComparison(Spec.Type.of(type.type()), Comparison.Relation.valueOf(type.relation().name()),
                regions, examples);
    }
}
