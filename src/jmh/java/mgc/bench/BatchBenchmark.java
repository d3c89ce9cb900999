package mgc.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mgc.batch.BatchRunner;
import mgc.batch.Workers;
import mgc.document.DocumentReader;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.report.JsonLinesReport;
import mgc.revision.Revision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch throughput, end to end in one process: a JSON Lines file of {@value #SYSTEMS} seeded
 * systems read, validated, checked against all six shipped revisions and written as JSON Lines
 * (findings included) to a discarding writer, on {@code threads} workers. The score is system x
 * revision evaluations a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class BatchBenchmark {

    static final int SYSTEMS = 100_000;
    static final int REVISIONS = 6;

    @Param({"2"})
    public int threads;

    private Path input;
    private DocumentReader reader;
    private RuleSet ruleSet;
    private List<Revision> revisions;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        reader = new DocumentReader();
        ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), reader);
        revisions = ruleSet.catalog().all();
        if (revisions.size() != REVISIONS) {
            throw new IllegalStateException("expected " + REVISIONS + " shipped revisions, found " + revisions.size());
        }
        input = Files.createTempFile("mgc-batch", ".jsonl");
        Random random = new Random(42);
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < SYSTEMS; i++) {
                out.write(Systems.jsonLine(random, i));
                out.write('\n');
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(input);
    }

    @Benchmark
    @OperationsPerInvocation(SYSTEMS * REVISIONS)
    public long checkJsonLines() throws IOException {
        CountingWriter out = new CountingWriter();
        JsonLinesReport report = new JsonLinesReport(out);
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(revisions);
             Workers workers = threads > 1 ? new Workers(threads, () -> ruleSet.ruleBase().newEvaluator(revisions)) : null) {
            BatchRunner runner = new BatchRunner(reader, evaluator, report, System.in, workers);
            report.begin(revisions);
            runner.file(input.toString());
            report.end(runner.tally().summary(revisions.size()));
        }
        return out.chars;
    }

    /** Discards output but counts it, so the work of producing it cannot be optimised away. */
    static final class CountingWriter extends Writer {
        long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text) {
            chars += text.length();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
