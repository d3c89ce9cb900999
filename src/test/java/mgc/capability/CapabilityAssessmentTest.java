package mgc.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.Location;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SpecReader;
import mgc.spec.Stage;
import mgc.spec.Staging;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Quantity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The capability check against the shipped rule base: every verdict comes from the DRL rules. */
class CapabilityAssessmentTest {

    private static RuleSet ruleSet;
    private static Evaluator evaluator;

    @BeforeAll
    static void loadRules() throws Exception {
        ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        evaluator = ruleSet.ruleBase().newEvaluator(ruleSet.catalog().all());
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    static SystemSpec read(Path file) throws Exception {
        SpecReader.Result result = new SpecReader().read(new DocumentReader().read(file));
        assertThat(result.errors()).isEmpty();
        return result.systems().get(0);
    }

    static SystemSpec rocket(double rangeKm, double payloadKg, double lossesMs, double[]... stages) {
        List<Stage> list = java.util.Arrays.stream(stages).map(s -> new Stage(Quantity.of(Dimension.MASS, s[0]),
                Quantity.of(Dimension.MASS, s[1]), Quantity.of(Dimension.TIME, s[2]))).toList();
        return new SystemSpec("test", SystemType.BALLISTIC_MISSILE, Optional.of(Quantity.of(Dimension.LENGTH, rangeKm)),
                Optional.of(Quantity.of(Dimension.MASS, payloadKg)), Optional.empty(), Optional.empty(),
                Location.startOf("test.yaml"), Map.of(), Optional.of(new Staging(list, Optional.of(Quantity.of(Dimension.SPEED, lossesMs)))));
    }

    private static Verdict declared(SystemSpec spec, String revision) {
        return evaluator.evaluate(spec).stream().filter(v -> v.revision().id().equals(revision)).findFirst().orElseThrow();
    }

    @Test
    void demoIsPermittedAsDeclaredButProhibitedByWhatItsStagesCanDo() throws Exception {
        SystemSpec demo = read(Path.of("scenarios/examples/capability-demo.yaml"));
        assertThat(declared(demo, "2012").decision()).isEqualTo(Decision.PERMITTED);

        CapabilityResult result = CapabilityAssessment.withDefaults().evaluate(demo, evaluator);

        CapabilityVerdict under2012 = result.verdictFor("2012").orElseThrow();
        assertThat(under2012.decision()).isEqualTo(Decision.PROHIBITED);
        assertThat(result.prohibitedUnder("2012")).isTrue();
        Witness range = under2012.witnesses().stream().filter(w -> w.check().rule().equals("MG-RANGE")).findFirst().orElseThrow();
        assertThat(range.configuration().point().payloadKg()).isEqualTo(500);
        assertThat(range.configuration().point().rangeKm()).isGreaterThan(800).isCloseTo(1018.25, within(0.01));
        assertThat(range.check().limit()).isEqualTo(800);
        assertThat(range.describe()).isEqualTo("with 500 kg it reaches 1,018.251 km: range 1,018.251 km > limit 800 km (over by 218.251 km)");
        // 2021 ended the guideline: nothing the stages do is prohibited
        assertThat(result.verdictFor("2021").orElseThrow().decision()).isEqualTo(Decision.PERMITTED);
        // the model is always stated with the result
        assertThat(result.assumptions()).anySatisfy(a -> assertThat(a).contains("losses: 500 m/s"))
                .anySatisfy(a -> assertThat(a).contains("spherical non-rotating Earth"));
    }

    @Test
    void demoIsMtcrCategoryOneDecidedByFiveHundredKilograms() throws Exception {
        CapabilityResult result = CapabilityAssessment.withDefaults().evaluate(read(Path.of("scenarios/examples/capability-demo.yaml")), evaluator);
        assertThat(result.mtcr().category()).isEqualTo(MtcrCategory.CATEGORY_I);
        assertThat(result.mtcr().fromStages()).isTrue();
        assertThat(result.mtcr().deciding()).isEqualTo("with 500 kg it reaches 1,018.251 km");
    }

    @Test
    void demoDeclaredRangeIsFlaggedFarBelowCapability() throws Exception {
        SystemSpec demo = read(Path.of("scenarios/examples/capability-demo.yaml"));
        DeclaredRangeShortfall at20 = CapabilityAssessment.withDefaults().evaluate(demo, evaluator).declared().orElseThrow();
        assertThat(at20.capable().rangeKm()).isCloseTo(649.1, within(0.1));
        assertThat(at20.shortfall()).isCloseTo(1 - 500 / 649.105, within(1e-4));
        assertThat(at20.flagged()).isTrue();
        CapabilityOptions lenient = new CapabilityOptions(true, 0.25, MtcrBoundary.AT_LEAST, 180, 200);
        assertThat(new CapabilityAssessment(lenient).evaluate(demo, evaluator).declared().orElseThrow().flagged()).isFalse();
    }

    @Test
    void scudClassSystemStaysWithin2012AtEveryConfiguration() throws Exception {
        SystemSpec scud = read(Path.of("scenarios/examples/scud-b-class.yaml"));
        CapabilityResult result = CapabilityAssessment.withDefaults().evaluate(scud, evaluator);
        assertThat(result.verdictFor("2012").orElseThrow().decision()).isEqualTo(Decision.PERMITTED);
        assertThat(result.verdictFor("2001").orElseThrow().decision()).isEqualTo(Decision.PROHIBITED);
        assertThat(result.declared().orElseThrow().flagged()).isFalse();
        assertThat(result.mtcr().category()).isEqualTo(MtcrCategory.CATEGORY_I);
    }

    /**
     * The curve just clips the 2012 trade-off line at its published point (500 km, 1,000 kg): with
     * 1,000 kg it reaches 500.3 km, where the limit is 999.5 kg. The window of prohibited payloads is
     * a few kilograms wide, narrower than the sampling step, so only the breakpoint finds it. (The
     * useful range is 300 km here so the flat 2,000 kg part below 300 km does not also fail.)
     */
    @Test
    void breakpointsFindACrossingThatSamplingStepsOver() {
        double[] stage = {4915, 3771, 240};
        RocketEquation bare = new RocketEquation(new double[] {stage[0]}, new double[] {stage[1]}, new double[] {stage[2]}, 0);
        double losses = bare.idealDeltaV(1000) - BallisticRange.speedFor(500.3);
        SystemSpec spec = rocket(300, 400, losses, stage);

        CapabilityResult result = new CapabilityAssessment(new CapabilityOptions(true, 0.2, MtcrBoundary.AT_LEAST, 300, 40))
                .evaluate(spec, evaluator);
        CapabilityVerdict under2012 = result.verdictFor("2012").orElseThrow();
        assertThat(under2012.decision()).isEqualTo(Decision.PROHIBITED);
        Witness tradeoff = under2012.witnesses().stream().filter(w -> w.check().rule().equals("MG-TRADEOFF")).findFirst().orElseThrow();
        assertThat(tradeoff.configuration().origin()).isEqualTo(Configuration.Origin.PAYLOAD_BREAKPOINT);
        assertThat(tradeoff.configuration().point().payloadKg()).isEqualTo(1000);
        assertThat(tradeoff.configuration().point().rangeKm()).isCloseTo(500.3, within(1e-6));
        assertThat(tradeoff.check().limit()).isCloseTo(999.5, within(1e-6));

        // the evenly spaced samples alone never fail the trade-off: sampling would have missed it
        CapabilityCurve curve = result.curve().orElseThrow();
        int position = ruleSet.catalog().all().stream().map(Revision::id).toList().indexOf("2012");
        for (CurvePoint point : curve.sample(40)) {
            assertThat(evaluator.evaluate(CapabilityAssessment.configured(spec, point)).get(position).findings())
                    .as("sample at %s kg", point.payloadKg()).noneMatch(c -> c.rule().equals("MG-TRADEOFF"));
        }
    }

    /** Breakpoints, midpoints and 2 samples decide as 1,000 samples do, over seeded random rockets. */
    @Test
    void breakpointsDecideAsDenseSamplingDoes() {
        java.util.Random random = new java.util.Random(7);
        CapabilityAssessment sparse = new CapabilityAssessment(new CapabilityOptions(true, 0.2, MtcrBoundary.AT_LEAST, 180, 2));
        CapabilityAssessment dense = new CapabilityAssessment(new CapabilityOptions(true, 0.2, MtcrBoundary.AT_LEAST, 180, 1000));
        int prohibited = 0;
        int permitted = 0;
        for (int n = 0; n < 15; n++) {
            double size = 1500 + random.nextDouble() * 4000;
            double[] stage = {size, size * (0.6 + random.nextDouble() * 0.3), 200 + random.nextDouble() * 80};
            SystemSpec spec = rocket(100, 100, random.nextDouble() * 800, stage);
            List<Decision> a = sparse.evaluate(spec, evaluator).verdicts().stream().map(CapabilityVerdict::decision).toList();
            List<Decision> b = dense.evaluate(spec, evaluator).verdicts().stream().map(CapabilityVerdict::decision).toList();
            assertThat(a).as("case " + n).isEqualTo(b);
            prohibited += (int) a.stream().filter(d -> d == Decision.PROHIBITED).count();
            permitted += (int) a.stream().filter(d -> d == Decision.PERMITTED).count();
        }
        assertThat(prohibited).isPositive();
        assertThat(permitted).isPositive();
    }

    @Test
    void orbitalSpeedIsStatedAndCheckedAsHalfTheCircumference() {
        SystemSpec big = rocket(800, 500, 0, new double[] {60000, 52000, 300}, new double[] {12000, 10500, 320}, new double[] {2000, 1700, 320});
        CapabilityResult result = CapabilityAssessment.withDefaults().evaluate(big, evaluator);
        assertThat(result.curve().orElseThrow().at(0).orbital()).isTrue();
        Witness range = result.verdictFor("2012").orElseThrow().witnesses().stream()
                .filter(w -> w.check().rule().equals("MG-RANGE")).findFirst().orElseThrow();
        assertThat(range.configuration().point().orbital()).isTrue();
        assertThat(range.describe()).contains("reaches orbital speed (no finite ballistic range");
        assertThat(result.assumptions()).anySatisfy(a -> assertThat(a).startsWith("orbital speed"));
        assertThat(result.mtcr().category()).isEqualTo(MtcrCategory.CATEGORY_I);
    }

    @Test
    void withoutStagesOnlyTheMtcrCategoryFromTheDeclaredPoint() throws Exception {
        SystemSpec hyunmoo = read(Path.of("scenarios/examples/hyunmoo-2c.yaml"));
        CapabilityResult result = CapabilityAssessment.withDefaults().evaluate(hyunmoo, evaluator);
        assertThat(result.curve()).isEmpty();
        assertThat(result.verdicts()).isEmpty();
        assertThat(result.prohibitedUnder("2012")).isFalse();
        assertThat(result.mtcr().category()).isEqualTo(MtcrCategory.CATEGORY_I);
        assertThat(result.mtcr().fromStages()).isFalse();
        assertThat(result.assumptions()).singleElement().asString().contains("no stages given");
    }

    @Test
    void mtcrOnlySkipsTheCurveCheck() throws Exception {
        SystemSpec demo = read(Path.of("scenarios/examples/capability-demo.yaml"));
        CapabilityResult result = new CapabilityAssessment(CapabilityOptions.defaults().withCheckCurve(false)).evaluate(demo, evaluator);
        assertThat(result.verdicts()).isEmpty();
        assertThat(result.prohibitedUnder("2012")).isFalse();
        assertThat(result.mtcr().category()).isEqualTo(MtcrCategory.CATEGORY_I);
    }

    @Test
    void sameInputSameResult() throws Exception {
        SystemSpec demo = read(Path.of("scenarios/examples/capability-demo.yaml"));
        CapabilityResult first = CapabilityAssessment.withDefaults().evaluate(demo, evaluator);
        CapabilityResult second = CapabilityAssessment.withDefaults().evaluate(demo, evaluator);
        assertThat(second.verdicts().stream().flatMap(v -> v.witnesses().stream()).map(Witness::describe).toList())
                .isEqualTo(first.verdicts().stream().flatMap(v -> v.witnesses().stream()).map(Witness::describe).toList());
        assertThat(second.summary()).isEqualTo(first.summary());
    }
}
