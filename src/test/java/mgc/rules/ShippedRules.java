package mgc.rules;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.Location;
import mgc.engine.TermOutcome;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Quantity;

/** The packaged rule base, compiled once for all rule tests, and small builders of systems. */
final class ShippedRules {

    private static final RuleSet RULES = load(List.of());
    private static final Map<String, Evaluator> EVALUATORS = new HashMap<>();

    private ShippedRules() {}

    static RuleSet load(List<Path> revisionFiles) {
        try {
            return RuleSet.load(RulesDirectory.packaged(), revisionFiles, new DocumentReader());
        } catch (InputException e) {
            throw new AssertionError(e.errors().toString());
        }
    }

    static synchronized Verdict verdict(String revisionId, SystemSpec spec) {
        Evaluator evaluator = EVALUATORS.computeIfAbsent(revisionId, id -> {
            Revision revision = RULES.catalog().find(id).orElseThrow(() -> new AssertionError("no revision " + id));
            return RULES.ruleBase().newEvaluator(List.of(revision));
        });
        return evaluator.evaluate(spec).get(0);
    }

    static List<String> firedRules(Verdict verdict) {
        return verdict.findings().stream().map(TermOutcome::rule).distinct().sorted().toList();
    }

    static SystemSpec system(SystemType type, Double rangeKm, Double payloadKg) {
        return system(type, rangeKm, payloadKg, null, null);
    }

    static SystemSpec system(SystemType type, Double rangeKm, Double payloadKg, Propellant propellant, Double impulseNs) {
        return new SystemSpec("test", type,
                Optional.ofNullable(rangeKm).map(v -> Quantity.of(Dimension.LENGTH, v)),
                Optional.ofNullable(payloadKg).map(v -> Quantity.of(Dimension.MASS, v)),
                Optional.ofNullable(propellant),
                Optional.ofNullable(impulseNs).map(v -> Quantity.of(Dimension.IMPULSE, v)),
                new Location("test.yaml", 1, 1), Map.of());
    }

    static SystemSpec ballistic(double rangeKm, double payloadKg) {
        return system(SystemType.BALLISTIC_MISSILE, rangeKm, payloadKg);
    }
}
