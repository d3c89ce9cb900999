package mgc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputException;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.Verdict;
import mgc.spec.Propellant;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.testing.RuleBaseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same system gets the same verdicts whatever units it is written in and whether it is
 * written as YAML or JSON.
 *
 * <p>"The same system" must mean the same quantities: 800 km is 497.0969537... mi, which no
 * decimal writes exactly, and a rounded mile value can honestly fall on the other side of a
 * limit. So each case draws one exact decimal per quantity that every spelling can write
 * exactly (the unit factors are exact: 1 mi = 1.609344 km, 1 nmi = 1.852 km, 1 lb =
 * 0.45359237 kg, 1 lbf*s = 4.4482216152605 N*s), computed with BigDecimal, near the limits
 * the revisions use; and exact limits themselves (800 km, 0.5 t) in the spellings that can
 * write them.
 */
class UnitsPropertyTest {

    private static final BigDecimal MI = new BigDecimal("1.609344");
    private static final BigDecimal NMI = new BigDecimal("1.852");
    private static final BigDecimal LB = new BigDecimal("0.45359237");
    private static final BigDecimal LBF_S = new BigDecimal("4.4482216152605");
    private static final BigDecimal THOUSAND = new BigDecimal(1000);

    private static RuleSet ruleSet;
    private static Evaluator evaluator;
    private static Systems systems;
    private final DocumentReader reader = new DocumentReader();
    private final SpecReader specReader = new SpecReader();

    @BeforeAll
    static void load() {
        ruleSet = RuleBaseFixture.load();
        evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().shipped());
        systems = new Systems(ruleSet.catalog().shipped());
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    /** One quantity written several ways, every way exact. */
    record Spellings(List<String> texts) {}

    @Test
    void theSameSystemInAnyUnitsAndEitherFormatGetsTheSameVerdicts() {
        int cases = Seeded.forAll("units and formats", Seeded.cases(4000), random -> {
            SystemType type = SystemType.values()[random.nextInt(SystemType.values().length)];
            boolean exactLimits = random.nextInt(3) == 0;
            Spellings range = exactLimits ? lengthAtLimit(random) : length(random);
            Spellings payload = exactLimits ? massAtLimit(random) : mass(random);
            Spellings impulse = impulse(random);
            Propellant propellant = Propellant.values()[random.nextInt(Propellant.values().length)];
            int ways = range.texts().size();
            String expected = null;
            String expectedFrom = null;
            for (int way = 0; way < ways; way++) {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("name", "generated");
                fields.put("type", type.id());
                fields.put("range", range.texts().get(way));
                fields.put("payload", payload.texts().get(way % payload.texts().size()));
                fields.put("propellant", propellant.id());
                fields.put("total_impulse", impulse.texts().get(way % impulse.texts().size()));
                for (Format format : Format.values()) {
                    String document = format == Format.YAML ? yaml(fields) : json(fields);
                    String outcome = outcome(read(document, format));
                    if (expected == null) {
                        expected = outcome;
                        expectedFrom = document;
                    }
                    assertThat(outcome).as("%s%n  reads differently from%n%s", document, expectedFrom).isEqualTo(expected);
                }
            }
        });
        assertThat(cases).isGreaterThanOrEqualTo(1000);
    }

    /** A length exact in km, mi and nmi: m x 1.609344 x 1.852 km, near a limit or anywhere. */
    private Spellings length(Random random) {
        BigDecimal both = MI.multiply(NMI);
        BigDecimal m = near(systems.range(random), both, random).max(new BigDecimal("0.001"));
        BigDecimal km = m.multiply(both);
        return new Spellings(List.of(plain(km) + " km", plain(m.multiply(NMI)) + " mi", plain(m.multiply(MI)) + " nmi",
                plain(km.multiply(THOUSAND)) + " m"));
    }

    /** A mass exact in kg, lb and t: m x 0.45359237 t = m x 1000 lb. */
    private Spellings mass(Random random) {
        BigDecimal perM = LB.multiply(THOUSAND);
        BigDecimal m = near(systems.payload(random), perM, random);
        BigDecimal kg = m.multiply(perM);
        return new Spellings(List.of(plain(kg) + " kg", plain(m.multiply(THOUSAND)) + " lb",
                plain(kg.divide(THOUSAND)) + " t"));
    }

    /** A length exactly at, or a short decimal step from, a limit: written in km, m, and bare. */
    private Spellings lengthAtLimit(Random random) {
        BigDecimal km = atLimit(systems.rangeLimit(random), random).max(new BigDecimal("0.001"));
        return new Spellings(List.of(plain(km) + " km", plain(km.multiply(THOUSAND)) + " m", "#" + plain(km)));
    }

    private Spellings massAtLimit(Random random) {
        BigDecimal kg = atLimit(systems.payloadLimit(random), random);
        return new Spellings(List.of(plain(kg) + " kg", plain(kg.divide(THOUSAND)) + " t", "#" + plain(kg)));
    }

    private Spellings impulse(Random random) {
        BigDecimal m = near(systems.impulse(random), LBF_S, random);
        BigDecimal ns = m.multiply(LBF_S);
        return new Spellings(List.of(plain(ns) + " N*s", plain(m) + " lbf*s", plain(ns.divide(THOUSAND)) + " kN*s"));
    }

    /** A decimal multiplier m with m x factor near {@code target}, rounded to a random number of places either way. */
    private static BigDecimal near(double target, BigDecimal factor, Random random) {
        BigDecimal exact = new BigDecimal(target).divide(factor, 20, RoundingMode.HALF_EVEN);
        RoundingMode mode = random.nextBoolean() ? RoundingMode.FLOOR : RoundingMode.CEILING;
        return exact.setScale(random.nextInt(7), mode).max(BigDecimal.ZERO);
    }

    /** The limit itself (as written in a revision), or one short decimal step either side. */
    private static BigDecimal atLimit(double limit, Random random) {
        BigDecimal value = new BigDecimal(Double.toString(limit));
        BigDecimal step = BigDecimal.ONE.movePointLeft(random.nextInt(4));
        return switch (random.nextInt(3)) {
            case 0 -> value;
            case 1 -> value.add(step);
            default -> value.subtract(step).max(BigDecimal.ZERO);
        };
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("0.000") ? "0" : text;
    }

    private String outcome(SystemSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(", ", Systems.describe(spec)));
        for (Verdict verdict : evaluator.evaluate(spec)) {
            lines.add(verdict.revision().id() + ": " + RuleBaseFixture.outcome(verdict));
        }
        return String.join("\n", lines);
    }

    private SystemSpec read(String document, Format format) {
        try {
            SpecReader.Result result = specReader.read(reader.read("generated." + format.name().toLowerCase(),
                    document.getBytes(StandardCharsets.UTF_8), format));
            assertThat(result.errors()).as(document).isEmpty();
            assertThat(result.systems()).hasSize(1);
            return result.systems().get(0);
        } catch (InputException e) {
            throw new AssertionError(document + "\n" + e.getMessage(), e);
        }
    }

    /** A value starting with # is a bare number (canonical unit); others are quoted strings. */
    private static String yaml(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((key, value) -> out.append(key).append(": ")
                .append(value.startsWith("#") ? value.substring(1) : "\"" + value + "\"").append('\n'));
        return out.toString();
    }

    private static String json(Map<String, String> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((key, value) -> parts.add("\"" + key + "\": "
                + (value.startsWith("#") ? value.substring(1) : "\"" + value + "\"")));
        return "{" + String.join(", ", parts) + "}";
    }
}
