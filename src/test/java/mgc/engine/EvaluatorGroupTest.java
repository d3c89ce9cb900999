package mgc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mgc.document.DocumentReader;
import mgc.revision.Revision;
import mgc.spec.Propellant;
import mgc.spec.SystemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Systems evaluated together in one firing get exactly the verdicts they get one at a time. */
class EvaluatorGroupTest {

    @TempDir
    Path dir;

    private static List<SystemFact> seeded(int count, long seed) {
        Random random = new Random(seed);
        List<SystemFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
            Double range = random.nextInt(8) == 0 ? null : (double) random.nextInt(2200);
            Double payload = random.nextInt(8) == 0 ? null : (double) random.nextInt(3500);
            Propellant propellant = random.nextInt(3) == 0 ? null : Propellant.values()[random.nextInt(3)];
            Double impulse = random.nextInt(3) == 0 ? null : (double) random.nextInt(9_000_000);
            facts.add(new SystemFact(type, range, payload, propellant, impulse));
            if (i % 10 == 0) {
                // an equal system, as a distinct object, in the same group
                facts.add(new SystemFact(type, range, payload, propellant, impulse));
            }
        }
        return facts;
    }

    private static void assertGroupsMatchSingles(RuleBase ruleBase, List<Revision> revisions) {
        List<SystemFact> facts = seeded(1500, 5);
        try (Evaluator evaluator = ruleBase.newEvaluator(revisions)) {
            List<List<Verdict>> grouped = new ArrayList<>();
            for (int from = 0; from < facts.size(); from += Evaluator.GROUP) {
                grouped.addAll(evaluator.evaluateAll(facts.subList(from, Math.min(facts.size(), from + Evaluator.GROUP))));
            }
            assertThat(grouped).hasSize(facts.size());
            for (int i = 0; i < facts.size(); i++) {
                List<Verdict> single = evaluator.evaluate(facts.get(i));
                assertThat(grouped.get(i).toString()).as("system %d", i).isEqualTo(single.toString());
                assertThat(grouped.get(i)).isEqualTo(single);
            }
        }
    }

    @Test
    void groupsMatchSinglesWithThePackagedRules() throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        assertGroupsMatchSingles(ruleSet.ruleBase(), ruleSet.catalog().all());
    }

    @Test
    void groupsMatchSinglesWithARulesFolderCompiledAtRunTime() throws Exception {
        // The DRL compiled now (not the executable model): outcomes still carry their rule's @ruleId and system.
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.copy(Path.of("rules/guideline.drl"), rules.resolve("guideline.drl"));
        RuleSet shipped = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        assertGroupsMatchSingles(RuleBase.compile(RulesDirectory.of(rules)), shipped.catalog().all());
    }

    @Test
    void theSameFactTwiceInAGroupIsRefused() throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        SystemFact fact = new SystemFact(SystemType.UAV, 100.0, 10.0, null, null);
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all())) {
            assertThatThrownBy(() -> evaluator.evaluateAll(List.of(fact, fact))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
