package mgc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import mgc.document.DocumentReader;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.report.JsonLinesReport;
import mgc.report.ReportWriter;
import mgc.report.TextReport;
import mgc.revision.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON Lines batch gives the same output, byte for byte, on any number of threads. */
class JsonLinesBatchTest {

    private static RuleSet ruleSet;
    private static List<Revision> revisions;
    private static final DocumentReader READER = new DocumentReader();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), READER);
        revisions = ruleSet.catalog().all();
    }

    /** Seeded systems over every type, with a bad line now and then. */
    private Path input(int lines) throws Exception {
        Random random = new Random(99);
        String[] types = {"ballistic-missile", "cruise-missile", "uav", "space-launch-vehicle"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            if (i % 997 == 500) {
                text.append("{\"name\":\"bad-").append(i).append("\",\"type\":\"ballistic-misile\",\"range\":\"800 km\",\"payload\":\"1 t\"}\n");
                continue;
            }
            if (i % 1999 == 1000) {
                text.append("{\"name\":\"broken\",\n");
                continue;
            }
            String type = types[random.nextInt(types.length)];
            text.append("{\"name\":\"s").append(i).append("\",\"type\":\"").append(type).append('"')
                    .append(",\"range\":\"").append(1 + random.nextInt(2000)).append(" km\"")
                    .append(",\"payload\":").append(random.nextInt(3000));
            if (type.equals("space-launch-vehicle")) {
                text.append(",\"propellant\":\"solid\",\"total_impulse\":\"").append(random.nextInt(2_000_000)).append(" lbf*s\"");
            }
            text.append("}\n");
        }
        Path file = dir.resolve("systems.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String run(Path file, int threads, boolean jsonLines) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ReportWriter writer = jsonLines ? new JsonLinesReport(out)
                : new TextReport(new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(revisions);
             Workers workers = threads > 1 ? new Workers(threads, () -> ruleSet.ruleBase().newEvaluator(revisions)) : null) {
            BatchRunner runner = new BatchRunner(READER, evaluator, writer, System.in, workers);
            writer.begin(revisions);
            runner.file(file.toString());
            writer.end(runner.tally().summary(revisions.size()));
        }
        return out + "\n--stderr--\n" + err;
    }

    @Test
    void outputIsTheSameOnOneTwoAndFourThreads() throws Exception {
        Path file = input(3 * JsonLinesBatch.CHUNK_LINES + 123);
        String one = run(file, 1, true);
        assertThat(run(file, 2, true)).isEqualTo(one);
        assertThat(run(file, 4, true)).isEqualTo(one);
        assertThat(run(file, 3, false)).isEqualTo(run(file, 1, false));
    }

    @Test
    void everyLineIsAResultOrAnErrorInInputOrder() throws Exception {
        int lines = 2 * JsonLinesBatch.CHUNK_LINES + 7;
        Path file = input(lines);
        String[] out = run(file, 2, true).split("\n--stderr--\n")[0].split("\n");
        assertThat(out).hasSize(lines + 1);
        for (int i = 0; i < lines; i++) {
            assertThat(out[i]).as("line %d", i + 1).contains("\"line\":" + (i + 1) + ",");
        }
        assertThat(out[500]).startsWith("{\"kind\":\"error\"").contains("\"field\":\"type\"")
                .contains("unknown value \\\"ballistic-misile\\\" (did you mean \\\"ballistic-missile\\\"?)");
        assertThat(out[1000]).startsWith("{\"kind\":\"error\"").contains("\"line\":1001,").contains("syntax error");
        assertThat(out[0]).startsWith("{\"kind\":\"result\"").contains("\"verdicts\":[{\"revision\":\"1979\"");
        // The lines input() makes bad, whatever the chunk size makes the count.
        long bad = java.util.stream.IntStream.range(0, lines).filter(i -> i % 997 == 500 || i % 1999 == 1000).count();
        assertThat(out[lines]).startsWith("{\"kind\":\"summary\"").contains("\"systems\":" + (lines - bad) + ",");
    }
}
