package mgc.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mgc.document.DocumentReader;
import mgc.document.InputFile;
import mgc.engine.RulesDirectory;
import mgc.spec.SystemType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped revision data cites only sources that state each term (the fact sheet's "Citation
 * checks", shared/domain/guideline-facts.md): every term cites at least one source, every source
 * id a term or a date uses is listed in its file, and the citations the review found wrong stay
 * out.
 */
class ShippedCitationsTest {

    private static RevisionCatalog catalog;

    @BeforeAll
    static void load() throws Exception {
        RulesDirectory rules = RulesDirectory.packaged();
        List<InputFile> files = rules.revisionFiles();
        catalog = RevisionCatalog.load(new DocumentReader(), files, List.of()).catalog();
    }

    private record Cited(Revision revision, SystemType type, Term term) {
        Set<String> ids() {
            return term.basis().sources().stream().map(Source::id).collect(Collectors.toSet());
        }

        String name() {
            return revision.id() + " " + type.id() + " " + term.key();
        }
    }

    /** Every term of every shipped revision and reading, inherited ones included. */
    private static List<Cited> terms() {
        List<Cited> all = new ArrayList<>();
        for (Revision revision : catalog.everything()) {
            for (Map.Entry<SystemType, List<Term>> entry : revision.terms().entrySet()) {
                entry.getValue().forEach(term -> all.add(new Cited(revision, entry.getKey(), term)));
            }
        }
        return all;
    }

    private static Cited term(String revision, SystemType type, String key) {
        return terms().stream().filter(c -> c.revision().id().equals(revision) && c.type() == type && c.term().key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no term " + revision + " " + type.id() + " " + key));
    }

    @Test
    void everyTermCitesAtLeastOneSourceAndEveryCitedSourceIsListed() {
        List<Cited> terms = terms();
        assertThat(terms).hasSizeGreaterThan(20);
        for (Cited cited : terms) {
            assertThat(cited.term().basis().sources()).as(cited.name()).isNotEmpty();
            for (Source source : cited.term().basis().sources()) {
                assertThat(cited.revision().sources()).as("%s cites %s", cited.name(), source.id()).contains(source);
            }
        }
    }

    @Test
    void everyDateTheRecordGivesCitesAListedSource() {
        for (Revision revision : catalog.everything()) {
            for (DatedEvent event : revision.dating().events()) {
                assertThat(event.sources()).as("%s %s", revision.id(), event.date()).isNotEmpty();
                assertThat(revision.sources()).as("%s %s", revision.id(), event.date()).containsAll(event.sources());
            }
        }
    }

    @Test
    void theRecordsTwoDatesAreHeldWithTheDefaultStated() {
        assertThat(catalog.find("1979").orElseThrow().dating().events()).extracting(DatedEvent::date)
                .containsExactly("1979-09-10", "1979-11-05");
        assertThat(catalog.find("2012").orElseThrow().dating().events()).extracting(DatedEvent::date)
                .containsExactly("2012-10-05", "2012-10-07");
        assertThat(catalog.find("2017").orElseThrow().dating().events()).extracting(DatedEvent::date)
                .containsExactly("2017-09-04", "2017-11-07");
        assertThat(catalog.find("2021").orElseThrow().dating().events()).extracting(DatedEvent::date)
                .containsExactly("2021-05-21", "2021-05-22");
        for (String id : List.of("1979", "2012", "2017", "2021")) {
            Dating dating = catalog.find(id).orElseThrow().dating();
            assertThat(dating.reading()).as(id + " says why its default date").isPresent();
            assertThat(dating.defaultEvent()).as(id).isPresent();
        }
    }

    @Test
    void imaeilIsCitedOnlyForThe2001BallisticTermsItStates() {
        for (Cited cited : terms()) {
            if (cited.ids().contains("imaeil-2001-01-18")) {
                assertThat(cited.revision().id()).as(cited.name()).startsWith("2001");
                assertThat(cited.type()).as(cited.name() + ": imaeil states neither cruise missiles nor the impulse cap")
                        .isEqualTo(SystemType.BALLISTIC_MISSILE);
            }
        }
    }

    @Test
    void theImpulseCapCitesTheBriefingThatNamesIt() {
        for (Cited cited : terms()) {
            if (cited.term() instanceof ImpulseCap) {
                assertThat(cited.ids()).as(cited.name()).contains("ytn-2020-07-28").doesNotContain("imaeil-2001-01-18");
                assertThat(cited.term().basis().reading()).as(cited.name()).hasValueSatisfying(r ->
                        assertThat(r).contains("no source says which revisions carried it"));
            }
        }
    }

    @Test
    void the2012TradeoffPointsCiteTheSourcesThatStateThem() {
        Cited tradeoff = term("2012", SystemType.BALLISTIC_MISSILE, "payload-tradeoff");
        assertThat(tradeoff.ids()).contains("sbs-2017-11-07", "greened-250398");
        // The Taipei Times and wowtv state 800 km / 500 kg and the inverse proportion, not the
        // other points: the reading says so.
        assertThat(tradeoff.term().basis().reading().orElseThrow())
                .contains("SBS 2017-11-07 and greened.kr", "Taipei Times and wowtv, which do not state the other points");
    }

    @Test
    void the800KmKeptIn2017CitesReutersAndSbsNotLivemintOrDefenseworld() {
        Cited range = term("2017", SystemType.BALLISTIC_MISSILE, "max-range");
        assertThat(range.ids()).containsExactlyInAnyOrder("reuters-2017-defense-aerospace", "sbs-2017-11-07");
    }

    @Test
    void the2001CruiseTermStatesItsThreeReadingsAndCitesTheKoreanPress() {
        Cited cruise = term("2001", SystemType.CRUISE_MISSILE, "max-payload");
        assertThat(cruise.ids()).containsExactlyInAnyOrder("joongang-2011-01-26", "donga-2006-09-22", "pravda-84550");
        assertThat(cruise.term().basis().reading().orElseThrow())
                .contains("Three readings", "(1)", "(2)", "(3)", "The default is (1)", "believed");
    }

    @Test
    void the2001TradeoffAndTheExactly300KmReadingsAreStated() {
        assertThat(term("2001", SystemType.BALLISTIC_MISSILE, "max-range").term().basis().reading().orElseThrow())
                .contains("trade-off", "500 km", "2001~tradeoff");
        assertThat(term("2012", SystemType.UAV, "payload-cap-beyond-range").term().basis().reading().orElseThrow())
                .contains("exactly 300 km", "300km 이상", "within 300km");
        assertThat(term("2012", SystemType.CRUISE_MISSILE, "payload-cap-beyond-range").term().basis().reading().orElseThrow())
                .contains("exactly 300 km", "over 300 km", "사거리 300km 이상");
    }

    @Test
    void everyAlternativeReadingExtendsItsBaseIsNeverCurrentAndSaysItsReading() {
        List<Revision> readings = catalog.readings();
        assertThat(readings).extracting(Revision::id).contains("2012~550km", "2012~300km-1.5t", "2001~tradeoff",
                "2001~cruise-500km", "2001~cruise-no-cap-under-300km", "2012~uav-300km-uncapped",
                "2012~cruise-300km-capped", "2017~cruise-cap-lifted");
        for (Revision reading : readings) {
            AlternativeReading of = reading.readingOf().orElseThrow();
            assertThat(reading.id()).startsWith(of.baseId() + "~");
            assertThat(reading.extendsId()).contains(of.baseId());
            assertThat(reading.current()).as(reading.id()).isFalse();
            assertThat(of.summary()).as(reading.id()).isNotBlank().doesNotContain("\n");
            assertThat(reading.dating()).isEqualTo(catalog.find(of.baseId()).orElseThrow().dating());
            assertThat(reading.sources()).as(reading.id()).isNotEmpty();
            assertThat(reading.terms()).as(reading.id() + " differs from its base")
                    .isNotEqualTo(catalog.find(of.baseId()).orElseThrow().terms());
        }
        assertThat(catalog.all()).noneMatch(Revision::isReading);
    }
}
