package mgc.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.engine.Evaluator;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.spec.SystemSpec;
import mgc.testing.RuleBaseFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extends} is transparent: a hypothetical revision that extends a shipped one and
 * overrides nothing gives the same verdicts, for the same reasons, as its parent on every
 * input. Checked for every shipped revision, written as YAML with no terms, as JSON with an
 * empty terms mapping, and as a copy of a copy.
 */
class ExtendsPropertyTest {

    /** A revision file must cite a source even when it only restates its parent. */
    private static final String SOURCES = "sources:\n  - {id: mine, cite: my notes}\n";

    @TempDir
    static Path dir;

    private static Evaluator evaluator;
    private static Systems systems;
    /** Each copy's position in the evaluator's revisions, and its parent's. */
    private static final Map<Integer, Integer> parentOf = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException, InputException {
        List<Revision> shipped = RuleBaseFixture.load().catalog().shipped();
        List<Path> files = new ArrayList<>();
        for (Revision revision : shipped) {
            String id = revision.id();
            files.add(write("copy-" + id + ".yaml", "id: copy-" + id + "\ntitle: Copy of " + id
                    + "\ndate: " + revision.date() + "\nextends: \"" + id + "\"\n" + SOURCES));
            files.add(write("json-copy-" + id + ".json", "{\"id\": \"json-copy-" + id + "\", \"title\": \"JSON copy\", "
                    + "\"date\": \"" + revision.date() + "\", \"extends\": \"" + id + "\", \"terms\": {}, \"sources\": [{\"id\": \"mine\", \"cite\": \"my notes\"}]}"));
            files.add(write("copy-of-copy-" + id + ".yaml", "id: copy-of-copy-" + id + "\ntitle: Copy of a copy\n"
                    + "date: " + revision.date() + "\nextends: copy-" + id + "\nnotes: [changes nothing]\n" + SOURCES));
        }
        RuleSet ruleSet = RuleSet.load(RulesDirectory.packaged(), files, new DocumentReader());
        assertThat(ruleSet.revisionErrors()).isEmpty();
        List<Revision> all = ruleSet.catalog().all();
        assertThat(ruleSet.catalog().hypothetical()).hasSize(3 * shipped.size());
        for (int i = 0; i < all.size(); i++) {
            Revision revision = all.get(i);
            if (!revision.shipped()) {
                String parent = revision.id().replaceFirst("^(copy-of-copy-|json-copy-|copy-)", "");
                int at = indexOf(all, parent);
                parentOf.put(i, at);
                assertThat(revision.termsLine()).isEqualTo(all.get(at).termsLine());
            }
        }
        evaluator = ruleSet.ruleBase().newEvaluator(all);
        systems = new Systems(shipped);
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    @Test
    void aRevisionThatExtendsAnotherAndOverridesNothingGivesTheSameVerdicts() {
        int[] prohibited = {0};
        int cases = Seeded.forAll("extends is transparent", Seeded.cases(5000), random -> {
            SystemSpec spec = systems.any(random);
            List<Verdict> verdicts = evaluator.evaluate(spec);
            parentOf.forEach((copy, parent) -> {
                Verdict mine = verdicts.get(copy);
                Verdict theirs = verdicts.get(parent);
                assertThat(RuleBaseFixture.outcome(mine)).as("%s vs %s for %s", mine.revision().id(),
                        theirs.revision().id(), Systems.describe(spec)).isEqualTo(RuleBaseFixture.outcome(theirs));
                if (!mine.findings().isEmpty()) {
                    prohibited[0]++;
                }
            });
        });
        assertThat(cases).isGreaterThanOrEqualTo(1000);
        assertThat(prohibited[0]).as("some copies prohibited something").isPositive();
    }

    private static int indexOf(List<Revision> revisions, String id) {
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no revision " + id);
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
