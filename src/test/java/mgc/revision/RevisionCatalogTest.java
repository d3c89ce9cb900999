package mgc.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.RulesDirectory;
import mgc.spec.SystemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCatalogTest {

    @TempDir
    Path dir;

    private static List<InputFile> shipped() throws InputException {
        RulesDirectory rules = RulesDirectory.packaged();
        return rules.revisionFiles();
    }

    private RevisionCatalog.Loaded load(String... userFiles) throws Exception {
        List<InputFile> user = new java.util.ArrayList<>();
        for (int i = 0; i < userFiles.length; i++) {
            Path file = dir.resolve("user" + i + ".yaml");
            Files.writeString(file, userFiles[i]);
            user.add(new InputFile(file, "user" + i + ".yaml"));
        }
        return RevisionCatalog.load(new DocumentReader(), shipped(), user);
    }

    @Test
    void shipsEveryRevisionInDateOrderWith2012Current() throws Exception {
        RevisionCatalog catalog = load().catalog();

        assertThat(catalog.all()).extracting(Revision::id).containsExactly("1979", "2001", "2012", "2017", "2020", "2021");
        assertThat(catalog.current().id()).isEqualTo("2012");
        assertThat(catalog.all()).filteredOn(Revision::current).hasSize(1);
    }

    @Test
    void extendsInheritsAndNoneRemoves() throws Exception {
        RevisionCatalog catalog = load().catalog();
        Revision r2017 = catalog.find("2017").orElseThrow();
        Revision r2020 = catalog.find("2020").orElseThrow();

        assertThat(r2017.termsFor(SystemType.BALLISTIC_MISSILE)).extracting(Term::key).containsExactly("max-range");
        assertThat(r2017.termsFor(SystemType.UAV)).extracting(Term::key).containsExactly("payload-cap-beyond-range");
        assertThat(r2017.termsFor(SystemType.SPACE_LAUNCH_VEHICLE)).extracting(Term::key).containsExactly("impulse-cap");
        assertThat(r2020.termsFor(SystemType.SPACE_LAUNCH_VEHICLE)).isEmpty();
        assertThat(catalog.find("2021").orElseThrow().terms()).isEmpty();
    }

    @Test
    void everyShippedTermCitesASource() throws Exception {
        for (Revision revision : load().catalog().shipped()) {
            revision.terms().values().forEach(terms -> terms.forEach(term ->
                    assertThat(term.basis().sources()).as(revision.id() + " " + term.key()).isNotEmpty()));
        }
    }

    @Test
    void aHypotheticalRevisionExtendsAShippedOne() throws Exception {
        RevisionCatalog.Loaded loaded = load("""
                id: 2017-1000km
                title: Hypothetical 1,000 km cap
                date: 2026-01-01
                extends: 2017
                sources:
                  - id: analyst
                    cite: analyst's scenario
                terms:
                  ballistic-missile:
                    max-range: {limit: 1000 km, source: [analyst]}
                """);

        assertThat(loaded.errors()).isEmpty();
        Revision revision = loaded.catalog().find("2017-1000km").orElseThrow();
        assertThat(revision.shipped()).isFalse();
        assertThat(((RangeCap) revision.termsFor(SystemType.BALLISTIC_MISSILE).get(0)).max().value()).isEqualTo(1000);
        assertThat(revision.termsFor(SystemType.UAV)).hasSize(1);
    }

    @Test
    void reportsCyclesUnknownParentsAndBadTermsWithLocations() throws Exception {
        RevisionCatalog.Loaded loaded = load(
                "id: a\ntitle: A\ndate: 2030\nextends: b\nsources: [{id: s, cite: c}]\n",
                "id: b\ntitle: B\ndate: 2030\nextends: a\nsources: [{id: s, cite: c}]\n",
                "id: c\ntitle: C\ndate: 2030\nextends: nope\nsources: [{id: s, cite: c}]\n",
                "id: d\ntitle: D\ndate: 2030\nsources: [{id: s, cite: c}]\nterms:\n  uav:\n    max-rnage: {limit: 1 km, source: [s]}\n",
                "id: e\ntitle: E\ndate: 2030\nsources: [{id: s, cite: c}]\nterms:\n  uav:\n    max-range: {limit: 1 km, source: [t]}\n",
                "id: 2012\ntitle: F\ndate: 2030\nsources: [{id: s, cite: c}]\n");

        assertThat(loaded.errors()).extracting(InputError::describe).containsExactlyInAnyOrder(
                "user3.yaml:7:5: terms.uav.max-rnage: unknown field (did you mean \"max-range\"?); known fields: "
                        + "max-range, max-payload, payload-tradeoff, payload-cap-beyond-range, impulse-cap",
                "user4.yaml:7:39: terms.uav.max-range.source: \"t\" is not a source id listed under sources: (s)",
                "user5.yaml:1:5: id: revision \"2012\" is already defined in rules/revisions/2012.yaml; give the hypothetical revision its own id",
                "user0.yaml:4:10: extends: revision extends cycle: a -> b -> a",
                "user1.yaml:4:10: extends: revision extends cycle: b -> a -> b",
                "user2.yaml:4:10: extends: unknown revision \"nope\"; known: 1979, 2001, 2001~cruise-500km, 2001~cruise-no-cap-under-300km, "
                                + "2001~tradeoff, 2012, 2012~300km-1.5t, 2012~550km, 2012~cruise-300km-capped, 2012~uav-300km-uncapped, "
                                + "2017, 2017~cruise-cap-lifted, 2020, 2021, a, b, c");
        assertThat(loaded.catalog().hypothetical()).isEmpty();
    }

    @Test
    void aUserReadingExtendsItsBaseTakesItsDatesAndIsListedAsAReading() throws Exception {
        RevisionCatalog.Loaded loaded = load("""
                id: 2012~600km
                title: Mine
                extends: 2012
                reading: A reading of my own.
                sources: [{id: s, cite: c}]
                terms:
                  ballistic-missile:
                    max-range: {limit: 600 km, source: [s]}
                """);

        assertThat(loaded.errors()).isEmpty();
        Revision reading = loaded.catalog().find("2012~600km").orElseThrow();
        assertThat(reading.isReading()).isTrue();
        assertThat(reading.date()).isEqualTo("2012-10-07");
        assertThat(loaded.catalog().readingsOf("2012")).contains(reading);
        assertThat(loaded.catalog().all()).doesNotContain(reading);
    }

    @Test
    void aReadingMustExtendItsBaseSayItsReadingAndNotBeCurrent() throws Exception {
        RevisionCatalog.Loaded loaded = load(
                "id: 2012~x\ntitle: X\nextends: 2017\nreading: r\n",
                "id: 2012~y\ntitle: Y\nextends: 2012\n",
                "id: 2012~z\ntitle: Z\nextends: 2012\nreading: r\ncurrent: true\n",
                "id: plain\ntitle: P\ndate: 2030\nextends: 2012\nreading: r\n",
                "id: 2012~a~b\ntitle: P\nextends: 2012\nreading: r\n",
                "id: dated\ntitle: D\ndate: 2030-02-30\nextends: 2012\n");

        assertThat(loaded.errors()).extracting(InputError::describe).containsExactlyInAnyOrder(
                "user0.yaml:3:10: extends: an alternative reading extends the revision it reads: \"2012~x\" must extend \"2012\", not \"2017\"",
                "user1.yaml:1:1: reading: missing required field",
                "user2.yaml:5:10: current: an alternative reading is never current",
                "user3.yaml:5:10: reading: only an alternative reading (id BASE~NAME) has a top-level reading; a term's reading goes under the term",
                "user4.yaml:1:5: id: an alternative reading's id is BASE~NAME, each part letters, digits, '.', '_' or '-', got \"2012~a~b\"",
                "user5.yaml:3:7: date: not a calendar date: \"2030-02-30\"");
    }

    @Test
    void aMalformedReadingIdThatExtendsAnotherRevisionIsOneErrorNotACrash() throws Exception {
        // Found by RevisionReaderFuzzTest: the extends check quoted the id it had just refused.
        RevisionCatalog.Loaded loaded = load("id: \"2001~a b\"\ntitle: X\nextends: 2012\nreading: r\n");

        assertThat(loaded.errors()).extracting(InputError::describe).containsExactly(
                "user0.yaml:1:5: id: an alternative reading's id is BASE~NAME, each part letters, digits, '.', '_' or '-', got \"2001~a b\"");
    }

    @Test
    void refusesATradeoffThatAllowsMorePayloadAtLongerRange() throws Exception {
        RevisionCatalog.Loaded loaded = load("""
                id: bad
                title: Bad curve
                date: 2030
                sources: [{id: s, cite: c}]
                terms:
                  ballistic-missile:
                    payload-tradeoff:
                      points: [{range: 300 km, payload: 500 kg}, {range: 800 km, payload: 600 kg}]
                      source: [s]
                """);

        assertThat(loaded.errors()).extracting(InputError::message)
                .containsExactly("payload must not rise with range: a longer range cannot allow more payload");
    }

    @Test
    void aRevisionThatOnlyExtendsNeedsNoSourcesOfItsOwn() throws Exception {
        RevisionCatalog.Loaded loaded = load("id: same-as-2017\ntitle: Copy\ndate: 2030\nextends: 2017\n");

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.catalog().find("same-as-2017").orElseThrow().terms())
                .isEqualTo(loaded.catalog().find("2017").orElseThrow().terms());
    }

    @Test
    void aTermInARevisionWithoutSourcesIsStillRefused() throws Exception {
        RevisionCatalog.Loaded loaded = load("id: x\ntitle: X\ndate: 2030\nextends: 2017\nterms:\n"
                + "  uav:\n    max-range: {limit: 1 km, source: [s]}\n");

        assertThat(loaded.errors()).extracting(InputError::message)
                .containsExactly("\"s\" is not a source id listed under sources: ()");
    }

    @Test
    void aRevisionWithoutExtendsMustListSources() throws Exception {
        RevisionCatalog.Loaded loaded = load("id: x\ntitle: X\ndate: 2030\n");

        assertThat(loaded.errors()).extracting(InputError::describe).containsExactly("user0.yaml:1:1: sources: missing required field");
    }

    @Test
    void anEmptyTermsMappingMeansNoLimits() throws Exception {
        RevisionCatalog.Loaded loaded = load("id: x\ntitle: X\ndate: 2030\nsources: [{id: s, cite: c}]\nterms:\n");

        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.catalog().find("x").orElseThrow().terms()).isEmpty();
    }

    @Test
    void refusesMarkingAUserRevisionCurrent() throws Exception {
        RevisionCatalog.Loaded loaded = load("id: x\ntitle: X\ndate: 2030\ncurrent: true\nsources: [{id: s, cite: c}]\n");

        assertThat(loaded.errors()).extracting(InputError::describe)
                .containsExactly("user0.yaml:4:10: current: only the rule base's own revisions may be marked current");
    }

    @Test
    void aBrokenShippedRevisionMakesTheRuleBaseUnusable() throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "id: 2012\ntitle: [\n");
        assertThatThrownBy(() -> RevisionCatalog.load(new DocumentReader(), List.of(new InputFile(file, "rules/revisions/broken.yaml")), List.of()))
                .isInstanceOf(InputException.class).hasMessageContaining("rules/revisions/broken.yaml:");
    }
}
