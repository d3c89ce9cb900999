package mgc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mgc.document.DocumentReader;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.SystemFact;
import mgc.engine.Verdict;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-evaluation latency: one validated system through the rule engine (insert, fire,
 * collect, retract) against the current revision, and against all six shipped revisions at
 * once. Parsing and output are not included; see {@link BatchBenchmark} for end to end.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {

    private List<SystemSpec> systems;
    private List<SystemFact> facts;
    private Evaluator current;
    private Evaluator all;
    private int next;

    @Setup
    public void setUp() throws Exception {
        DocumentReader reader = new DocumentReader();
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), reader);
        current = ruleSet.ruleBase().newEvaluator(List.of(ruleSet.catalog().current()));
        all = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all());
        Random random = new Random(42);
        SpecReader specs = new SpecReader();
        systems = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            systems.add(specs.readSystem(reader.readJsonLine("bench.jsonl", i + 1, Systems.jsonLine(random, i))));
        }
        facts = systems.stream().map(Evaluator::fact).toList();
    }

    @TearDown
    public void tearDown() {
        current.close();
        all.close();
    }

    private SystemSpec nextSystem() {
        next = (next + 1) & 4095;
        return systems.get(next);
    }

    /** One system against the current revision. */
    @Benchmark
    public List<Verdict> currentRevision() {
        return current.evaluate(nextSystem());
    }

    /** Systems in groups of {@link Evaluator#GROUP} per firing, as batches and sweeps run them; score per system. */
    @Benchmark
    @OperationsPerInvocation(Evaluator.GROUP)
    public List<List<Verdict>> allRevisionsGrouped() {
        next = (next + Evaluator.GROUP) & 4095;
        return all.evaluateAll(facts.subList(next & ~(Evaluator.GROUP - 1), (next & ~(Evaluator.GROUP - 1)) + Evaluator.GROUP));
    }

    /** One system against all six shipped revisions (one insert; six verdicts). */
    @Benchmark
    public List<Verdict> allRevisions() {
        return all.evaluate(nextSystem());
    }
}
