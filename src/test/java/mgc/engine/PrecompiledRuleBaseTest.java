package mgc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mgc.document.DocumentReader;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rule base packaged as an executable model (generated at build time) must behave exactly
 * like the same DRL compiled at run time: same rules, same verdicts, same checks.
 */
class PrecompiledRuleBaseTest {

    private static RuleSet packaged;
    private static RuleBase compiled;

    @BeforeAll
    static void load() throws Exception {
        packaged = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        compiled = RuleBase.compile(RulesDirectory.of(Path.of("rules")));
    }

    @Test
    void packagedRulesAreLoadedFromTheExecutableModel() {
        assertThat(RulesDirectory.packaged().bundled()).isTrue();
        assertThat(packaged.ruleBase().kieBase().getClass().getName()).doesNotContain("Classic");
        assertThat(Thread.currentThread().getContextClassLoader().getResource(PrecompiledRuleBase.MODEL_LIST)).isNotNull();
    }

    /** The start-up path (Main begins the load on another thread): the same rule base, and taken once. */
    @Test
    void aLoadBegunOnAnotherThreadGivesTheSameRulesAndVerdicts() throws Exception {
        RuleBase.startLoadingPackaged();
        RuleBase early = RuleBase.of(RulesDirectory.packaged());
        RuleBase after = RuleBase.of(RulesDirectory.packaged());

        assertThat(early).isNotSameAs(after);
        assertThat(early.rules()).isEqualTo(compiled.rules());
        assertThat(early.outcomes()).isEqualTo(after.outcomes());
        List<Revision> revisions = packaged.catalog().all();
        Random random = new Random(20261203);
        try (Evaluator fromEarly = early.newEvaluator(revisions); Evaluator reference = compiled.newEvaluator(revisions)) {
            for (int i = 0; i < 300; i++) {
                SystemFact fact = randomSystem(random);
                assertThat(describe(fromEarly.evaluate(fact))).isEqualTo(describe(reference.evaluate(fact)));
            }
        }
    }

    @Test
    void sameRulesAsTheDrl() {
        assertThat(packaged.ruleBase().rules()).isEqualTo(compiled.rules());
        assertThat(packaged.ruleBase().rules()).extracting(RuleInfo::id).contains("MG-RANGE", "MG-TRADEOFF", "MG-UNDECLARED");
    }

    @Test
    void sameVerdictsAndChecksAsTheDrlOnSeededRandomSystems() {
        List<Revision> revisions = packaged.catalog().all();
        Random random = new Random(20261127);
        try (Evaluator fast = packaged.ruleBase().newEvaluator(revisions);
             Evaluator reference = compiled.newEvaluator(revisions)) {
            int prohibited = 0;
            for (int i = 0; i < 3000; i++) {
                SystemFact fact = randomSystem(random);
                List<Verdict> expected = reference.evaluate(fact);
                List<Verdict> actual = fast.evaluate(fact);
                assertThat(describe(actual)).isEqualTo(describe(expected));
                prohibited += (int) actual.stream().filter(v -> v.decision() == Decision.PROHIBITED).count();
            }
            assertThat(prohibited).as("the sample must exercise prohibited verdicts").isGreaterThan(1000);
        }
    }

    private static SystemFact randomSystem(Random random) {
        SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
        Double range = random.nextInt(10) == 0 ? null : (double) random.nextInt(2500) + (random.nextBoolean() ? 0.5 : 0);
        Double payload = random.nextInt(10) == 0 ? null : (double) random.nextInt(4000);
        Propellant propellant = random.nextInt(3) == 0 ? null : Propellant.values()[random.nextInt(Propellant.values().length)];
        Double impulse = random.nextInt(3) == 0 ? null : 1e5 + random.nextInt(10_000_000);
        return new SystemFact(type, range, payload, propellant, impulse);
    }

    private static List<String> describe(List<Verdict> verdicts) {
        List<String> lines = new ArrayList<>();
        for (Verdict verdict : verdicts) {
            lines.add(verdict.revision().id() + " " + verdict.decision());
            for (TermOutcome check : verdict.checks()) {
                lines.add("  " + check);
            }
        }
        return lines;
    }
}
