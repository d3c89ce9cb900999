package mgc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelineTest {

    private static final Guideline SHIPPED = Guideline.shipped();

    static final String CAP_1000 = """
            id: 2017-1000km
            title: Hypothetical 1,000 km cap
            date: 2026-01-01
            extends: "2017"
            sources: [{id: analyst, cite: "Analyst's scenario, 2026"}]
            terms:
              ballistic-missile:
                max-range: {limit: 1000 km, source: [analyst]}
            """;

    @Test
    void aBuiltSpecGetsTheVerdictAndFindingsOfTheSameSpecFile() {
        Spec built = Spec.ballisticMissile("Hyunmoo-4").range(800, Unit.KM).payload(2, Unit.TONNE).build();
        CheckResult result = SHIPPED.check(built, "2012", "2017");
        Verdict under2012 = result.verdict("2012");
        assertThat(under2012.decision()).isEqualTo(Verdict.Outcome.PROHIBITED);
        Finding tradeoff = under2012.findings().get(0);
        assertThat(tradeoff.rule()).isEqualTo("MG-TRADEOFF");
        assertThat(tradeoff.actual()).hasValue(2000);
        assertThat(tradeoff.limit()).isEqualTo(500);
        assertThat(tradeoff.unit()).isEqualTo(Unit.KG);
        assertThat(tradeoff.margin()).hasValue(-1500);
        assertThat(tradeoff.message()).startsWith("payload 2,000 kg > limit 500 kg (over by 1,500 kg)");
        assertThat(tradeoff.source()).contains("taipeitimes.com 2012-10-08");
        assertThat(result.verdict("2017").isPermitted()).isTrue();

        Spec parsed = Spec.parse("name: Hyunmoo-4\ntype: ballistic-missile\nrange: 800 km\npayload: 2000 kg\n");
        assertThat(SHIPPED.check(parsed, "2012", "2017").verdicts()).isEqualTo(result.verdicts());
    }

    @Test
    void limitsAreInclusiveInEveryUnit() {
        assertThat(SHIPPED.check(Spec.ballisticMissile("at").range(800, Unit.KM).payload(500, Unit.KG).build())
                .verdict("2012").isPermitted()).isTrue();
        assertThat(SHIPPED.check(Spec.ballisticMissile("over").range(800.1, Unit.KM).payload(500, Unit.KG).build())
                .verdict("2012").findings()).extracting(Finding::rule).contains("MG-RANGE");
        // 800 km is 800,000 m exactly: the conversion adds no error at the limit.
        assertThat(SHIPPED.check(Spec.ballisticMissile("m").range(800_000, Unit.M).payload(0.5, Unit.TONNE).build())
                .verdict("2012").isPermitted()).isTrue();
    }

    @Test
    void withoutRevisionsTheCurrentOneAndEveryHypotheticalOneAreChecked() {
        Guideline what = SHIPPED.withRevision(CAP_1000);
        Spec bm900 = Spec.ballisticMissile("BM 900").range(900, Unit.KM).payload(500, Unit.KG).build();
        assertThat(what.check(bm900).verdicts()).extracting(Verdict::revision).containsExactly("2012", "2017-1000km");
        assertThat(what.check(bm900).verdict("2017-1000km").isPermitted()).isTrue();
        assertThat(SHIPPED.revisions()).containsExactly("1979", "2001", "2012", "2017", "2020", "2021");
        assertThat(what.revisions()).endsWith("2017-1000km");
        assertThat(SHIPPED.currentRevision()).isEqualTo("2012");
    }

    @Test
    void aRevisionFromAReaderOrAFileIsTheSameRevision(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("cap.revision.yaml"), CAP_1000);
        Spec bm900 = Spec.ballisticMissile("BM 900").range(900, Unit.KM).payload(500, Unit.KG).build();
        Verdict fromString = SHIPPED.withRevision(CAP_1000).check(bm900, "2017-1000km").verdict("2017-1000km");
        assertThat(SHIPPED.withRevision(new StringReader(CAP_1000), "cap.yaml").check(bm900, "2017-1000km")
                .verdict("2017-1000km")).isEqualTo(fromString);
        assertThat(SHIPPED.withRevisionFile(file).check(bm900, "2017-1000km").verdict("2017-1000km")).isEqualTo(fromString);
    }

    @Test
    void aBrokenRevisionIsAnExceptionNamingLineColumnAndField() {
        MgcException e = catchThrowableOfType(MgcException.class, () -> SHIPPED.withRevision(new StringReader(
                CAP_1000.replace("1000 km", "1000 kms")), "cap.yaml"));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("cap.yaml");
            assertThat(error.line()).isEqualTo(8);
            assertThat(error.field()).isEqualTo("terms.ballistic-missile.max-range.limit");
            assertThat(error.describe()).startsWith("cap.yaml:8:");
        });
        assertThatThrownBy(() -> SHIPPED.withRevision(CAP_1000.replace("2017-1000km", "2017")))
                .isInstanceOf(MgcException.class).hasMessageContaining("already defined");
    }

    @Test
    void badSpecsAreExceptionsWithTheCliMessages() {
        MgcException parsed = catchThrowableOfType(MgcException.class, () -> Spec.parse("name: X\ntype: ballistic-missile\nrange: 800 kms\npayload: 1 t\n"));
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("range");
            assertThat(error.message()).contains("did you mean \"km\"");
        });
        MgcException built = catchThrowableOfType(MgcException.class, () -> Spec.ballisticMissile("X").range(-1, Unit.KM).build());
        assertThat(built.errors()).extracting(MgcException.Error::field).containsExactlyInAnyOrder("range", "payload");
        assertThat(built.getMessage()).contains("Spec \"X\": range: must be greater than 0, got -1 km");
        assertThatThrownBy(() -> SHIPPED.check(Spec.examples().get(0), "2013"))
                .isInstanceOf(MgcException.class).hasMessageContaining("unknown revision \"2013\"; known: 1979, 2001");
        assertThatThrownBy(() -> Spec.ballisticMissile("X").range(800, Unit.KG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void specsSayTheirValuesInAnyUnit() {
        Spec spec = Spec.uav("U").range(300, Unit.KM).payload(2.5, Unit.TONNE).build();
        assertThat(spec.type()).isEqualTo(Spec.Type.UAV);
        assertThat(spec.payload(Unit.KG)).hasValue(2500);
        assertThat(spec.range(Unit.M)).hasValue(300_000);
        assertThat(spec.totalImpulse(Unit.NEWTON_SECOND)).isEmpty();
        assertThat(Unit.POUND_FORCE_SECOND.convert(1_000_000, Unit.NEWTON_SECOND)).isEqualTo(4_448_221.6152605);
    }

    @Test
    void compareGivesTheRelationAndAConfirmedCounterexamplePerType() {
        Comparison comparison = SHIPPED.withRevision(CAP_1000).compare("2017", "2017-1000km");
        assertThat(comparison.relationFor(Spec.Type.BALLISTIC_MISSILE)).isEqualTo(Comparison.Relation.MORE_PERMISSIVE);
        assertThat(comparison.relationFor(Spec.Type.UAV)).isEqualTo(Comparison.Relation.EQUIVALENT);
        Comparison.Counterexample example = comparison.type(Spec.Type.BALLISTIC_MISSILE).counterexamples().get(0);
        assertThat(example.permittedBy()).isEqualTo("2017-1000km");
        assertThat(example.spec().range(Unit.KM).getAsDouble()).isGreaterThan(800).isLessThanOrEqualTo(1000);
        assertThat(example.findings()).extracting(Finding::rule).containsExactly("MG-RANGE");
        // The counterexample's text is a spec file that gets the verdicts the comparison claims.
        Guideline what = SHIPPED.withRevision(CAP_1000);
        CheckResult again = what.check(Spec.parse(example.yaml()), "2017", "2017-1000km");
        assertThat(again.verdict("2017").isProhibited()).isTrue();
        assertThat(again.verdict("2017-1000km").isPermitted()).isTrue();
        assertThat(comparison.differs()).isTrue();
    }

    @Test
    void compareWithSpecsListsOnlyTheSpecsWhoseVerdictChanges() {
        List<Spec> examples = Spec.examples();
        Comparison lifted2020 = SHIPPED.compare("2017", "2020", examples);
        // 2020 lifted the launch-vehicle impulse cap: of the examples, only the launch vehicle changes.
        assertThat(lifted2020.changes()).extracting(c -> c.spec().name()).containsExactly("Solid-fuel launch vehicle (illustrative)");
        assertThat(lifted2020.unchanged()).isEqualTo(examples.size() - 1);
        assertThat(lifted2020.relationFor(Spec.Type.SPACE_LAUNCH_VEHICLE)).isEqualTo(Comparison.Relation.MORE_PERMISSIVE);
        assertThat(lifted2020.relationFor(Spec.Type.BALLISTIC_MISSILE)).isEqualTo(Comparison.Relation.EQUIVALENT);

        Comparison lifted = SHIPPED.compare("2012", "2017", examples);
        assertThat(lifted.change("Hyunmoo-4")).hasValueSatisfying(change -> {
            assertThat(change.from().isProhibited()).isTrue();
            assertThat(change.to().isPermitted()).isTrue();
            assertThat(change.prohibiting().findings()).extracting(Finding::rule).contains("MG-TRADEOFF");
        });
        assertThat(lifted.change("Hyunmoo-2C")).isEmpty();
    }

    @Test
    void shippedScenarioFilesRunInProcess() {
        List<ScenarioResult> results = SHIPPED.runScenarios(Path.of("scenarios"));
        assertThat(results).hasSizeGreaterThan(250).allMatch(ScenarioResult::passed);
        assertThat(results).extracting(ScenarioResult::name).contains("Hyunmoo-4 (800 km, 2,000 kg) [2012]");
    }

    @Test
    void aBrokenScenarioFileIsAnExceptionWithEveryProblem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.scenario.yaml"), """
                name: misspelt
                system: {name: X, type: ballistic-missile, range: 800 km, payload: 500 kg}
                expect:
                  "2012": permited
                """);
        MgcException e = catchThrowableOfType(MgcException.class, () -> SHIPPED.runScenarios(file));
        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.field()).isEqualTo("expect.2012");
            assertThat(error.message()).contains("did you mean \"permitted\"");
        });
    }
}
