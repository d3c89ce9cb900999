package mgc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.Evaluator;
import mgc.engine.RuleBase;
import mgc.engine.RulesDirectory;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;
import mgc.spec.Propellant;
import mgc.spec.SystemSpec;
import mgc.spec.SystemType;
import mgc.units.Dimension;
import mgc.units.Quantity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of a user's hypothetical revision file, read the way
 * {@code --revision-file} reads it: through {@link RevisionCatalog#load} beside the shipped
 * revisions (so {@code extends} resolves). Any input may be refused with input errors; none may
 * throw anything else. A revision the reader accepts must also be usable: the rule engine
 * evaluates systems against it without failing.
 */
class RevisionReaderFuzzTest {

    private static final DocumentReader READER = new DocumentReader();
    private static List<InputFile> shipped;
    private static RuleBase ruleBase;
    private static Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        RulesDirectory rules = RulesDirectory.packaged();
        shipped = rules.revisionFiles();
        ruleBase = RuleBase.compile(rules);
        dir = Files.createTempDirectory("mgc-fuzz-revision");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @FuzzTest
    @DictionaryEntries({"id", "title", "date", "current", "extends", "sources", "terms", "notes", "cite", "source",
            "reading", "limit", "points", "when-range-over", "when-range-at-least", "payload", "range", "propellants",
            "max-range", "max-payload", "payload-tradeoff", "payload-cap-beyond-range", "impulse-cap", "none",
            "ballistic-missile", "cruise-missile", "uav", "space-launch-vehicle", "solid", "hybrid", "liquid",
            "2012", "2017", "2020", "1979", " km", " kg", " lbf*s", " t", " mi", "true", "---", ": ", "- ", "{", "}",
            "[", "]"})
    void revisionReader(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        Path file = dir.resolve((input[0] & 1) == 0 ? "hypothesis.yaml" : "hypothesis.json");
        Files.write(file, Arrays.copyOfRange(input, 1, input.length));
        RevisionCatalog.Loaded loaded;
        try {
            loaded = RevisionCatalog.load(READER, shipped, List.of(new InputFile(file, file.getFileName().toString())));
        } catch (InputException e) {
            throw new AssertionError("a user revision file made the shipped rule base unusable: " + e.getMessage(), e);
        } finally {
            Files.delete(file);
        }
        FuzzChecks.wellFormed(loaded.errors(), file.getFileName().toString());
        List<Revision> hypothetical = loaded.catalog().hypothetical();
        assertThat(hypothetical.size() + (loaded.errors().isEmpty() ? 0 : 1)).isEqualTo(1);
        for (Revision revision : hypothetical) {
            assertThat(revision.termsLine()).isNotNull();
            try (Evaluator evaluator = ruleBase.newEvaluator(List.of(revision))) {
                for (SystemSpec spec : PROBES) {
                    List<Verdict> verdicts = evaluator.evaluate(spec);
                    assertThat(verdicts).hasSize(1);
                }
            }
        }
    }

    /** A few systems of every type, to run an accepted revision's terms through the rules. */
    private static final List<SystemSpec> PROBES = List.of(
            probe(SystemType.BALLISTIC_MISSILE, 800.0, 500.0, null),
            probe(SystemType.BALLISTIC_MISSILE, 0.001, 0.0, null),
            probe(SystemType.CRUISE_MISSILE, 301.0, 501.0, null),
            probe(SystemType.UAV, 300.0, 2500.0, null),
            probe(SystemType.SPACE_LAUNCH_VEHICLE, null, null, 5e6),
            probe(SystemType.SPACE_LAUNCH_VEHICLE, 1e9, 1e9, null));

    private static SystemSpec probe(SystemType type, Double range, Double payload, Double impulse) {
        return new SystemSpec("probe", type, Optional.ofNullable(range).map(v -> Quantity.of(Dimension.LENGTH, v)),
                Optional.ofNullable(payload).map(v -> Quantity.of(Dimension.MASS, v)),
                Optional.of(Propellant.SOLID), Optional.ofNullable(impulse).map(v -> Quantity.of(Dimension.IMPULSE, v)),
                mgc.document.Location.startOf("probe"), java.util.Map.of());
    }
}
