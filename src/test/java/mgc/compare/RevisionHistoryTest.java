package mgc.compare;

import static mgc.testing.RuleBaseFixture.compare;
import static mgc.testing.RuleBaseFixture.of;
import static mgc.spec.SystemType.BALLISTIC_MISSILE;
import static mgc.spec.SystemType.CRUISE_MISSILE;
import static mgc.spec.SystemType.SPACE_LAUNCH_VEHICLE;
import static mgc.spec.SystemType.UAV;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.Verdict;
import mgc.revision.RevisionCatalog;
import mgc.spec.SystemType;
import mgc.testing.RuleBaseFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The history of the guideline, stated as facts about the rule base and checked by exact comparison. */
class RevisionHistoryTest {

    private static RevisionCatalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = RuleBaseFixture.catalog(List.of(RuleBaseFixture.HYPOTHETICAL_1000KM));
    }

    @Test
    void from2001To2012BallisticMissilesGainRangeAndPayload() throws Exception {
        TypeComparison ballistic = of(compare(catalog, "2001", "2012"), BALLISTIC_MISSILE);
        assertThat(ballistic.relation()).isEqualTo(Relation.MORE_PERMISSIVE);
        assertThat(ballistic.regions()).allMatch(r -> r.direction() == Direction.PERMITTED_BY_TO);
        // Longer range (up to 800 km) and heavier payload (the trade-off curve) both open up.
        assertThat(ballistic.regions()).anyMatch(r -> r.range().stream().anyMatch(s -> s.hi() != null && s.hi() == 800));
        assertThat(ballistic.counterexamples()).singleElement()
                .satisfies(c -> assertThat(c.from().decision()).isEqualTo(Decision.PROHIBITED))
                .satisfies(c -> assertThat(c.to().decision()).isEqualTo(Decision.PERMITTED));
    }

    @Test
    void from2012To2017OnlyTheBallisticPayloadLimitGoes() throws Exception {
        List<TypeComparison> types = compare(catalog, "2012", "2017");
        TypeComparison ballistic = of(types, BALLISTIC_MISSILE);
        assertThat(ballistic.relation()).isEqualTo(Relation.MORE_PERMISSIVE);
        // Only in the payload dimension: every difference is above the 2012 trade-off curve, and
        // within the 800 km range cap both revisions keep.
        assertThat(ballistic.regions()).isNotEmpty().allSatisfy(region -> {
            assertThat(region.payload()).isPresent();
            assertThat(region.payload().get().lower()).hasValueSatisfying(bound ->
                    assertThat(bound.limits()).containsExactly("2012 MG-TRADEOFF"));
            assertThat(region.payload().get().upper()).isEmpty();
            assertThat(region.range()).allSatisfy(span -> assertThat(span.hi()).isNotNull().isLessThanOrEqualTo(800.0));
        });
        for (SystemType type : List.of(CRUISE_MISSILE, UAV, SPACE_LAUNCH_VEHICLE)) {
            assertThat(of(types, type).relation()).as(type.id()).isEqualTo(Relation.EQUIVALENT);
            assertThat(of(types, type).regions()).isEmpty();
            assertThat(of(types, type).counterexamples()).isEmpty();
        }
    }

    @Test
    void from2017To2020OnlySpaceLaunchVehiclesChange() throws Exception {
        List<TypeComparison> types = compare(catalog, "2017", "2020");
        assertThat(of(types, SPACE_LAUNCH_VEHICLE).relation()).isEqualTo(Relation.MORE_PERMISSIVE);
        assertThat(of(types, SPACE_LAUNCH_VEHICLE).counterexamples()).singleElement().satisfies(c -> {
            assertThat(c.spec().propellant()).isPresent();
            assertThat(c.prohibiting().findings()).extracting(f -> f.rule()).contains("MG-IMPULSE");
        });
        for (SystemType type : List.of(BALLISTIC_MISSILE, CRUISE_MISSILE, UAV)) {
            assertThat(of(types, type).relation()).as(type.id()).isEqualTo(Relation.EQUIVALENT);
        }
    }

    @Test
    void from2020To2021EverythingButLaunchVehiclesOpensUp() throws Exception {
        List<TypeComparison> types = compare(catalog, "2020", "2021");
        for (SystemType type : List.of(BALLISTIC_MISSILE, CRUISE_MISSILE, UAV)) {
            assertThat(of(types, type).relation()).as(type.id()).isEqualTo(Relation.MORE_PERMISSIVE);
        }
        assertThat(of(types, SPACE_LAUNCH_VEHICLE).relation()).isEqualTo(Relation.EQUIVALENT);
    }

    @Test
    void aHypothetical1000KmCapIsMorePermissiveThan2017Between800And1000Km() throws Exception {
        List<TypeComparison> types = compare(catalog, "2017", "hypothetical-1000km");
        TypeComparison ballistic = of(types, BALLISTIC_MISSILE);
        assertThat(ballistic.relation()).isEqualTo(Relation.MORE_PERMISSIVE);
        assertThat(ballistic.regions()).singleElement().satisfies(region -> {
            assertThat(region.range()).containsExactly(Span.interval(800, false, 1000.0, true));
            assertThat(region.description()).contains("800 km < range <= 1,000 km");
        });
        assertThat(ballistic.counterexamples()).singleElement().satisfies(c -> {
            double range = c.spec().range().orElseThrow().value();
            assertThat(range).isGreaterThan(800).isLessThanOrEqualTo(1000);
            assertThat(c.from().decision()).isEqualTo(Decision.PROHIBITED);
            assertThat(c.to().decision()).isEqualTo(Decision.PERMITTED);
        });
        for (SystemType type : List.of(CRUISE_MISSILE, UAV, SPACE_LAUNCH_VEHICLE)) {
            assertThat(of(types, type).relation()).as(type.id()).isEqualTo(Relation.EQUIVALENT);
        }
        // The same pair the other way round.
        assertThat(of(compare(catalog, "hypothetical-1000km", "2017"), BALLISTIC_MISSILE).relation())
                .isEqualTo(Relation.LESS_PERMISSIVE);
    }

    @Test
    void everyCounterexampleOfEveryShippedPairHoldsInAFreshSession() throws Exception {
        List<String> ids = catalog.all().stream().map(r -> r.id()).toList();
        for (String from : ids) {
            for (String to : ids) {
                for (TypeComparison type : compare(catalog, from, to)) {
                    assertThat(type.counterexamples().size()).as(from + " -> " + to + " " + type.type())
                            .isEqualTo((int) type.regions().stream().map(Region::direction).distinct().count());
                    for (Counterexample example : type.counterexamples()) {
                        try (Evaluator fresh = RuleBaseFixture.ruleBase().newEvaluator(List.of(catalog.find(example.permittedBy()).orElseThrow()))) {
                            Verdict permitted = fresh.evaluate(example.spec()).get(0);
                            assertThat(permitted.decision()).as(example.yaml()).isEqualTo(Decision.PERMITTED);
                        }
                        try (Evaluator fresh = RuleBaseFixture.ruleBase().newEvaluator(List.of(catalog.find(example.prohibitedBy()).orElseThrow()))) {
                            Verdict prohibited = fresh.evaluate(example.spec()).get(0);
                            assertThat(prohibited.decision()).as(example.yaml()).isEqualTo(Decision.PROHIBITED);
                        }
                    }
                    if (from.equals(to)) {
                        assertThat(type.relation()).isEqualTo(Relation.EQUIVALENT);
                    }
                }
            }
        }
    }
}
