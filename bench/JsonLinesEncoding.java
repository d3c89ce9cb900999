// In mgc.report so that it can reach the package-private encoder and the Jackson path it is held equal to.
package mgc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mgc.document.DocumentReader;
import mgc.document.Location;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Quantity;

/**
 * Encodes the same seeded results as JSON Lines three ways, as the batch does (chunks of 1,000
 * lines to UTF-8 bytes on a worker): JsonLineEncoder, Jackson's UTF-8 byte generator,
 * and Jackson through a writer (what the report's own generator does). Evaluation is done before
 * the clock starts; only encoding is timed. Rounds alternate; medians are printed with the ratios.
 * The outputs are checked byte-equal first (the byte generator escapes characters outside the BMP
 * differently, so the names here are BMP-only).
 *
 *   java -cp target/mgc-cli.jar:DIR mgc.report.JsonLinesEncoding [RESULTS] [ROUNDS]
 */
public final class JsonLinesEncoding {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final int CHUNK = 1000;

    interface Way {
        byte[] encode(List<SystemResult> chunk) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<SystemResult> results = results(count);
        JsonLineEncoder encoder = new JsonLineEncoder();
        Way lines = chunk -> {
            for (SystemResult result : chunk) {
                encoder.result(result);
            }
            return encoder.take();
        };
        Way bytes = chunk -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            try (JsonGenerator json = JsonLinesReport.configure(FACTORY.createGenerator(out))) {
                for (SystemResult result : chunk) {
                    JsonLinesReport.writeResult(json, result);
                }
            }
            return out.toByteArray();
        };
        Way text = chunk -> {
            StringWriter out = new StringWriter(1 << 20);
            try (JsonGenerator json = JsonLinesReport.configure(FACTORY.createGenerator(out))) {
                for (SystemResult result : chunk) {
                    JsonLinesReport.writeResult(json, result);
                }
            }
            return out.toString().getBytes(StandardCharsets.UTF_8);
        };
        List<List<SystemResult>> chunks = new ArrayList<>();
        for (int i = 0; i < results.size(); i += CHUNK) {
            chunks.add(results.subList(i, Math.min(results.size(), i + CHUNK)));
        }
        for (List<SystemResult> chunk : chunks) {
            byte[] a = lines.encode(chunk);
            if (!Arrays.equals(a, bytes.encode(chunk)) || !Arrays.equals(a, text.encode(chunk))) {
                throw new IllegalStateException("the three ways differ on a chunk");
            }
        }
        String[] names = {"line encoder", "Jackson UTF-8 generator", "Jackson through a writer"};
        Way[] ways = {lines, bytes, text};
        double[][] seconds = new double[3][rounds];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (int w = 0; w < 3; w++) {
                long start = System.nanoTime();
                for (List<SystemResult> chunk : chunks) {
                    sink += ways[w].encode(chunk).length;
                }
                seconds[w][round] = (System.nanoTime() - start) / 1e9;
            }
        }
        double[] median = new double[3];
        for (int w = 0; w < 3; w++) {
            double[] sorted = seconds[w].clone();
            Arrays.sort(sorted);
            median[w] = sorted[rounds / 2];
            System.out.printf("%-26s median %.3f s for %d lines (%.2f M lines/s), min %.3f, max %.3f%n", names[w], median[w], count,
                    count / median[w] / 1e6, sorted[0], sorted[rounds - 1]);
        }
        System.out.printf("line encoder vs Jackson UTF-8 generator: %.2fx; vs Jackson through a writer: %.2fx (bytes written: %d)%n",
                median[1] / median[0], median[2] / median[0], sink);
    }

    /** Seeded systems of every type, some without range or payload, evaluated against every shipped revision. */
    private static List<SystemResult> results(int count) throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        Random random = new Random(42);
        List<SystemResult> results = new ArrayList<>(count);
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all())) {
            for (int i = 0; i < count; i++) {
                SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
                Optional<Quantity> range = random.nextInt(8) == 0 ? Optional.empty()
                        : Optional.of(Quantity.of(Dimension.LENGTH, random.nextInt(2000)));
                Optional<Quantity> payload = random.nextInt(8) == 0 ? Optional.empty()
                        : Optional.of(Quantity.of(Dimension.MASS, random.nextInt(3000) + (random.nextBoolean() ? 0 : 0.5)));
                SystemSpec spec = new SystemSpec("system-" + i, type, range, payload, Optional.empty(), Optional.empty(),
                        new Location("systems.jsonl", i + 1, 1), Map.of());
                results.add(new SystemResult("systems.jsonl", spec, evaluator.evaluate(spec)));
            }
        }
        return results;
    }
}
