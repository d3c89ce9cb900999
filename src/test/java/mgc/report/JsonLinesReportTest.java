package mgc.report;

import mgc.output.JsonOutput;
import mgc.output.JsonEscapes;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import mgc.document.DocumentReader;
import mgc.document.Location;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.spec.Propellant;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Quantity;
import org.junit.jupiter.api.Test;

/** The fast line encoder writes exactly what Jackson writes for the same result. */
class JsonLinesReportTest {

    @Test
    void lineEncoderMatchesJacksonOnSeededResultsWithAwkwardNames() throws Exception {
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        String[] names = {"plain", "quote \" and \\ backslash", "tab\tand newline\n", "한국어 Ω", "ctrl \u0001 \u007f", "",
            "c1 \u009b31m \u0085", "separators \u2028 \u2029", "bidi \u202a \u202e \u2066 \u2069", "emoji \ud83d\ude00 \u00e9"};
        Random random = new Random(3);
        ObjectMapper mapper = new ObjectMapper();
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all())) {
            JsonLineEncoder encoder = new JsonLineEncoder();
            for (int i = 0; i < 3000; i++) {
                SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
                Optional<Quantity> range = random.nextInt(6) == 0 ? Optional.empty()
                        : Optional.of(Quantity.of(Dimension.LENGTH, random.nextInt(2000) + (random.nextBoolean() ? 0 : 0.125)));
                Optional<Quantity> payload = random.nextInt(6) == 0 ? Optional.empty()
                        : Optional.of(Quantity.of(Dimension.MASS, random.nextInt(3000) / 3.0));
                Optional<Propellant> propellant = random.nextBoolean() ? Optional.of(Propellant.SOLID) : Optional.empty();
                Optional<Quantity> impulse = random.nextBoolean()
                        ? Optional.of(Quantity.of(Dimension.IMPULSE, random.nextInt(9_000_000) * 1.1)) : Optional.empty();
                SystemSpec spec = new SystemSpec(names[i % names.length], type, range, payload, propellant, impulse,
                        new Location("f \"x\".jsonl", i + 1, 1), Map.of());
                SystemResult result = new SystemResult("f \"x\".jsonl", spec, evaluator.evaluate(spec));
                String expected = jackson(result);
                encoder.result(result);
                String actual = new String(encoder.take(), StandardCharsets.UTF_8);
                assertThat(actual).isEqualTo(expected);
                JsonNode node = mapper.readTree(actual);
                assertThat(node.get("system").asText()).isEqualTo(spec.name());
                assertThat(node.get("verdicts")).hasSize(6);
            }
        }
    }

    @Test
    void jsonLinesEscapesExactlyWhatFormatJsonEscapes() throws Exception {
        String[] awkward = {"plain", "quote \" \\ / \b \f \n \r \t", "c0 \u0000 \u0001 \u001f", "del \u007f",
            "c1 \u0080 \u0085 \u009b \u009f", "separators \u2028 \u2029", "bidi \u202a \u202b \u202c \u202d \u202e",
            "isolates \u2066 \u2067 \u2068 \u2069", "not escaped \u00a0 \u200b \u2030 \u206a é 한국어",
            "pair \ud83d\ude00"};
        for (String text : awkward) {
            java.io.StringWriter json = new java.io.StringWriter();
            try (JsonGenerator generator = JsonOutput.generator(json)) {
                generator.writeString(text);
            }
            String quoted = json.toString();
            assertThat(new String(JsonEscapes.quoteAsUtf8(text), StandardCharsets.UTF_8)).as(text)
                    .isEqualTo(quoted.substring(1, quoted.length() - 1));
            assertThat(quoted).as(text).doesNotContain("\u007f").doesNotContain("\u009b").doesNotContain("\u2028")
                    .doesNotContain("\u202e");
        }
        // Input refuses lone surrogates; should one reach the encoder it is escaped, never '?'.
        assertThat(new String(JsonEscapes.quoteAsUtf8("lone \ud800"), StandardCharsets.UTF_8)).isEqualTo("lone \\uD800");
    }

    @Test
    void lineEncoderWritesNumbersOfEveryMagnitudeAsJacksonDoes() throws Exception {
        // Ranges far over every cap are findings, so their values are written: whole and
        // fractional, on both sides of 10^7 where Double.toString turns to exponents.
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        Random random = new Random(17);
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all())) {
            JsonLineEncoder encoder = new JsonLineEncoder();
            for (int i = 0; i < 3000; i++) {
                double magnitude = Math.pow(10, 4 + random.nextInt(14));
                double km = random.nextInt(4) == 0 ? Math.rint(random.nextDouble() * magnitude) : random.nextDouble() * magnitude;
                SystemSpec spec = new SystemSpec("s" + i, SystemType.BALLISTIC_MISSILE,
                        Optional.of(Quantity.of(Dimension.LENGTH, Math.max(km, 10_000.5))),
                        Optional.of(Quantity.of(Dimension.MASS, random.nextDouble() * 1e-3)), Optional.empty(), Optional.empty(),
                        new Location("f.jsonl", i + 1, 1), Map.of());
                SystemResult result = new SystemResult("f.jsonl", spec, evaluator.evaluate(spec));
                String expected = jackson(result);
                encoder.result(result);
                assertThat(new String(encoder.take(), StandardCharsets.UTF_8)).isEqualTo(expected);
            }
        }
    }
    @Test
    void lineEncoderMatchesJacksonOverManyLinesInOneBuffer() throws Exception {
        // The encoder copies a verdict's findings from the verdict before it when they are the
        // same, and remembers numbers it has spelt: many lines into one buffer, findings repeated
        // across revisions (an impulse over the same cap, an undeclared payload), the same
        // fractional values on line after line, and take() at odd places.
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        Random random = new Random(29);
        double[] fractions = {0.5, 1.0 / 3, 2.2, 6060808.708111198, 1e-4 / 3, 12_345_678.9};
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all())) {
            JsonLineEncoder encoder = new JsonLineEncoder();
            StringBuilder expected = new StringBuilder();
            StringBuilder actual = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
                double fraction = fractions[random.nextInt(fractions.length)];
                Optional<Quantity> range = random.nextInt(5) == 0 ? Optional.empty()
                        : Optional.of(Quantity.of(Dimension.LENGTH, random.nextInt(3) == 0 ? 300 + fraction : random.nextInt(2000)));
                Optional<Quantity> payload = random.nextInt(5) == 0 ? Optional.empty()
                        : Optional.of(Quantity.of(Dimension.MASS, random.nextBoolean() ? 600 + fraction : random.nextInt(3000)));
                Optional<Propellant> propellant = random.nextBoolean()
                        ? Optional.of(Propellant.values()[random.nextInt(Propellant.values().length)]) : Optional.empty();
                Optional<Quantity> impulse = random.nextInt(3) == 0 ? Optional.empty()
                        : Optional.of(Quantity.of(Dimension.IMPULSE, random.nextBoolean() ? 6_000_000 + fraction : random.nextInt(9_000_000)));
                SystemSpec spec = new SystemSpec("s" + i, type, range, payload, propellant, impulse,
                        new Location("f.jsonl", i + 1, 1), Map.of());
                SystemResult result = new SystemResult("f.jsonl", spec, evaluator.evaluate(spec));
                String line = jackson(result);
                expected.append(line);
                encoder.result(result);
                if (random.nextInt(100) == 0) {
                    actual.append(new String(encoder.take(), StandardCharsets.UTF_8));
                }
            }
            actual.append(new String(encoder.take(), StandardCharsets.UTF_8));
            assertThat(actual.toString()).isEqualTo(expected.toString());
        }
    }
    @Test
    void lineEncoderWritesLineNumbersAtEveryDigitCountAsJacksonDoes() throws Exception {
        // Whole numbers under 10^9 take an int path: every count of digits, and either side of the switch.
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        int[] lines = {1, 9, 10, 99, 100, 12_345, 99_999_999, 100_000_000, 999_999_999, 1_000_000_000, Integer.MAX_VALUE};
        try (Evaluator evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all())) {
            JsonLineEncoder encoder = new JsonLineEncoder();
            for (int line : lines) {
                SystemSpec spec = new SystemSpec("s", SystemType.BALLISTIC_MISSILE,
                        Optional.of(Quantity.of(Dimension.LENGTH, line)), Optional.of(Quantity.of(Dimension.MASS, line % 1000)),
                        Optional.empty(), Optional.empty(), new Location("f.jsonl", line, line % 97 + 1), Map.of());
                SystemResult result = new SystemResult("f.jsonl", spec, evaluator.evaluate(spec));
                String expected = jackson(result);
                encoder.result(result);
                assertThat(new String(encoder.take(), StandardCharsets.UTF_8)).isEqualTo(expected);
            }
        }
    }

    /** The line Jackson writes for a result, through a writer as the report's own generator does (JsonLinesReport.result). */
    private static String jackson(SystemResult result) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator json = JsonLinesReport.configure(new JsonFactory().createGenerator(out))) {
            JsonLinesReport.writeResult(json, result);
        }
        return out.toString();
    }
}
