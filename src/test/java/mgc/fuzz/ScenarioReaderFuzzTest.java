package mgc.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import mgc.document.DocumentReader;
import mgc.document.InputFile;
import mgc.engine.RuleBase;
import mgc.engine.RuleInfo;
import mgc.engine.RulesDirectory;
import mgc.scenario.Scenario;
import mgc.scenario.ScenarioReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the scenario reader. The scenario file sits in a folder with a spec
 * file, a revision file and a symbolic link that leads out of the folder, so paths can resolve
 * (or must be refused). Any input may be refused with input errors; none may throw anything
 * else, and no accepted scenario may refer to a file outside its folder. (Jazzer's own
 * path-traversal sanitizer also reports any attempt to open a file it plants outside.)
 */
class ScenarioReaderFuzzTest {

    private static Path dir;
    private static Path realDir;
    private static ScenarioReader reader;

    @BeforeAll
    static void setUp() throws Exception {
        dir = Files.createTempDirectory("mgc-fuzz-scenario");
        realDir = dir.toRealPath();
        Files.createDirectories(dir.resolve("examples"));
        Files.writeString(dir.resolve("examples/one.yaml"), "name: one\ntype: uav\nrange: 300 km\npayload: 2500 kg\n");
        Files.createDirectories(dir.resolve("revisions"));
        Files.writeString(dir.resolve("revisions/what-if.revision.yaml"), "id: what-if\ntitle: t\ndate: 2030\nextends: \"2012\"\n"
                + "sources: [{id: me, cite: me}]\nterms: {uav: {max-payload: {limit: 1 kg, source: [me]}}}\n");
        Path outside = Files.createTempFile("mgc-fuzz-outside", ".yaml");
        Files.writeString(outside, "name: outside\ntype: uav\nrange: 1 km\npayload: 1 kg\n");
        Files.createSymbolicLink(dir.resolve("link.yaml"), outside);
        List<String> ruleIds = RuleBase.compile(RulesDirectory.packaged()).rules().stream().map(RuleInfo::id).toList();
        reader = new ScenarioReader(new DocumentReader(), ruleIds);
    }

    @AfterAll
    static void tearDown() throws IOException {
        Files.deleteIfExists(Files.readSymbolicLink(dir.resolve("link.yaml")));
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FuzzTest
    @DictionaryEntries({"name", "system", "spec", "revision-files", "expect", "verdict", "rules", "permitted",
            "prohibited", "examples/one.yaml", "revisions/what-if.revision.yaml", "link.yaml", "../", "/etc/passwd",
            "what-if", "2012", "2017", "MG-RANGE", "MG-TRADEOFF", "MG-PAYLOAD-BEYOND-RANGE", "type", "uav", "range",
            "payload", " km", " kg", "---", ": ", "- ", "{", "}", "[", "]"})
    void scenarioReader(byte[] input) throws IOException {
        Path file = dir.resolve("fuzz.scenario.yaml");
        Files.write(file, input);
        ScenarioReader.Result result;
        try {
            result = reader.read(file.toString());
        } finally {
            Files.delete(file);
        }
        FuzzChecks.wellFormed(result.errors(), file.toString());
        for (Scenario scenario : result.scenarios()) {
            assertThat(scenario.name()).isNotBlank();
            for (InputFile revision : scenario.revisionFiles()) {
                assertThat(revision.path().toRealPath()).as("a scenario's revision file stays in its folder")
                        .startsWith(realDir);
            }
        }
    }
}
