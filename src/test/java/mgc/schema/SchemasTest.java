package mgc.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputException;
import mgc.document.Node;
import mgc.spec.SpecReader;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * schemas/ agrees with mgc's own validation: every shipped file validates, and every structural
 * mistake mgc rejects is rejected by the schema too (so an editor flags what mgc would).
 */
class SchemasTest {

    private static final Schema SPEC = SchemaFiles.load("spec.schema.json");
    private static final Schema REVISION = SchemaFiles.load("revision.schema.json");
    private static final Schema SCENARIO = SchemaFiles.load("scenario.schema.json");
    private static final DocumentReader READER = new DocumentReader();

    @TempDir
    Path dir;

    private static List<Node> yaml(String text) throws InputException {
        return READER.read("test.yaml", text.getBytes(StandardCharsets.UTF_8), Format.YAML);
    }

    private static List<Path> shipped(String root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static boolean isSpecFile(Path path) {
        String name = path.getFileName().toString();
        return Format.ofFileName(name).isPresent() && !name.contains(".scenario.") && !name.contains(".revision.");
    }

    @Test
    void everyShippedSpecValidates() throws Exception {
        List<Path> specs;
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            specs = files.filter(Files::isRegularFile).filter(SchemasTest::isSpecFile).sorted().toList();
        }
        assertThat(specs).isNotEmpty();
        for (Path spec : specs) {
            List<Node> documents = READER.read(spec);
            assertThat(new SpecReader().read(documents).errors()).as("mgc reads %s", spec).isEmpty();
            for (Node document : documents) {
                assertThat(SchemaFiles.messages(SchemaFiles.validate(SPEC, document))).as("%s", spec).isEmpty();
            }
        }
    }

    @Test
    void everyShippedRevisionValidates() throws Exception {
        List<Path> revisions = Stream.concat(shipped("rules/revisions", ".yaml").stream(), shipped("scenarios", ".revision.yaml").stream()).toList();
        assertThat(revisions).hasSizeGreaterThanOrEqualTo(6);
        for (Path revision : revisions) {
            for (Node document : READER.read(revision)) {
                assertThat(SchemaFiles.messages(SchemaFiles.validate(REVISION, document))).as("%s", revision).isEmpty();
            }
        }
    }

    @Test
    void everyShippedScenarioValidates() throws Exception {
        for (Path scenario : shipped(".", ".scenario.yaml")) {
            if (scenario.startsWith("./target")) {
                continue;
            }
            for (Node document : READER.read(scenario)) {
                assertThat(SchemaFiles.messages(SchemaFiles.validate(SCENARIO, document))).as("%s", scenario).isEmpty();
            }
        }
    }

    private static final String GOOD_SPEC = """
            name: Test
            type: ballistic-missile
            range: 800 km
            payload: 500 kg
            """;

    @ParameterizedTest
    @ValueSource(strings = {
        GOOD_SPEC,
        "name: T\ntype: ballistic-missile\nrange: 800\npayload: 500\n",
        "name: T\ntype: cruise-missile\nrange: 497 mi\npayload: 0.5 t\npropellant: liquid\n",
        "name: T\ntype: uav\nrange: \"800000 m\"\npayload: 1100 lb\n",
        "name: T\ntype: space-launch-vehicle\npropellant: solid\ntotal_impulse: 1000000 lbf*s\n",
        "name: T\ntype: space-launch-vehicle\n",
        "name: T\ntype: ballistic-missile\nrange: 1e3 km\npayload: .5 t\n",
        "name: T\ntype: ballistic-missile\nrange: 780..820 km\npayload: 500 kg\n",                 // interval, one unit
        "name: T\ntype: ballistic-missile\nrange: 300 mi..500 km\npayload: 400..500\n",           // an own unit each end
        "name: T\ntype: ballistic-missile\nrange: {min: 780 km, max: 820 km}\npayload: {min: 0, max: 1 t}\n",
        "name: T\ntype: ballistic-missile\nrange: 800..800 km\npayload: 500 kg\n",               // min = max
        "name: T\ntype: space-launch-vehicle\npropellant: solid\ntotal_impulse: 900000..1100000 lbf*s\n",
    })
    void goodSpecsPassBoth(String text) throws Exception {
        List<Node> documents = yaml(text);
        assertThat(new SpecReader().read(documents).errors()).isEmpty();
        assertThat(SchemaFiles.messages(SchemaFiles.validate(SPEC, documents.get(0)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        GOOD_SPEC + "colour: red\n",                                               // unknown field
        GOOD_SPEC + "Range: 800 km\n",                                             // unknown field (case)
        "type: ballistic-missile\nrange: 800 km\npayload: 500 kg\n",               // missing name
        "name: T\nrange: 800 km\npayload: 500 kg\n",                               // missing type
        "name: T\ntype: ballistic-missile\nrange: 800 km\n",                       // missing payload
        "name: T\ntype: uav\npayload: 800 kg\n",                                   // missing range
        "name: 123\ntype: ballistic-missile\nrange: 800 km\npayload: 500 kg\n",    // wrong type: number
        "name: \"  \"\ntype: ballistic-missile\nrange: 800 km\npayload: 500 kg\n", // blank name
        "name: T\ntype: ballistic-missile\nrange: [800]\npayload: 500 kg\n",       // wrong type: list
        "name: T\ntype: ballistic-missile\nrange: true\npayload: 500 kg\n",        // wrong type: boolean
        "name: T\ntype: ballistic-missile\nrange:\npayload: 500 kg\n",             // null
        "name: T\ntype: ballistic-missle\nrange: 800 km\npayload: 500 kg\n",       // unknown system type
        "name: T\ntype: Ballistic-Missile\nrange: 800 km\npayload: 500 kg\n",      // unknown system type (case)
        "name: T\ntype: ballistic-missile\nrange: 800 kms\npayload: 500 kg\n",     // unknown unit
        "name: T\ntype: ballistic-missile\nrange: 800 kg\npayload: 500 kg\n",      // unit of another dimension
        "name: T\ntype: ballistic-missile\nrange: 800 km\npayload: 500 kg kg\n",   // not "<number> <unit>"
        "name: T\ntype: ballistic-missile\nrange: eight hundred km\npayload: 1 kg\n", // not a number
        "name: T\ntype: ballistic-missile\nrange: 1,000 km\npayload: 1 kg\n",      // thousands separator
        "name: T\ntype: ballistic-missile\nrange: -800 km\npayload: 500 kg\n",     // negative
        "name: T\ntype: ballistic-missile\nrange: 0\npayload: 500 kg\n",           // range must be > 0
        "name: T\ntype: ballistic-missile\nrange: 800 km\npayload: -1\n",          // payload must be >= 0
        "name: T\ntype: ballistic-missile\nrange: .inf\npayload: 1 kg\n",          // not finite
        "name: T\ntype: space-launch-vehicle\npropellant: solidd\n",               // unknown propellant
        "name: T\ntype: space-launch-vehicle\ntotal_impulse: 5 N\n",               // wrong impulse unit
        "- name: T\n  type: uav\n  range: 1 km\n  payload: 1 kg\n- 7\n",          // list item not a system
        "just text\n",                                                             // not a mapping
        "name: T\ntype: ballistic-missile\nrange: 780.. km\npayload: 500 kg\n",      // interval without a max
        "name: T\ntype: ballistic-missile\nrange: ..820 km\npayload: 500 kg\n",      // interval without a min
        "name: T\ntype: ballistic-missile\nrange: 780..820 kg\npayload: 500 kg\n",   // interval in another dimension
        "name: T\ntype: ballistic-missile\nrange: {min: 780 km}\npayload: 500 kg\n", // interval without max
        "name: T\ntype: ballistic-missile\nrange: {min: 780 km, max: 820 km, mid: 800 km}\npayload: 500 kg\n", // unknown key
    })
    void structuralMistakesAreRejectedByBoth(String text) throws Exception {
        List<Node> documents = yaml(text);
        assertThat(new SpecReader().read(documents).errors()).as("mgc rejects").isNotEmpty();
        assertThat(SchemaFiles.validate(SPEC, documents.get(0))).as("the schema rejects").isNotEmpty();
    }

    /**
     * The staging fields of the capability model (stages, losses), read by the capability branch's
     * SpecReader: schema side only here; once both are merged these cases belong in the lists above.
     */
    @Test
    void stagingFieldsFollowTheCapabilityModel() throws Exception {
        String staged = GOOD_SPEC + "stages:\n  - {gross_mass: 5000 kg, propellant_mass: 3900 kg, isp: 250 s}\n  - {gross_mass: 1.6 t, propellant_mass: 960, isp: 265}\nlosses: 0.5 km/s\n";
        assertThat(SchemaFiles.messages(SchemaFiles.validate(SPEC, yaml(staged).get(0)))).isEmpty();
        for (String bad : List.of(
                staged.replace("type: ballistic-missile", "type: uav"),              // stages on a system that is not a rocket
                GOOD_SPEC + "losses: 500 m/s\n",                                     // losses without stages
                staged.replace(", isp: 250 s}", "}"),                                 // stage without isp
                staged.replace("isp: 250 s", "isp: 250 m/s"),                        // isp in the wrong unit
                staged.replace("losses: 0.5 km/s", "losses: 500 m"),                 // losses in the wrong unit
                GOOD_SPEC + "stages: []\n")) {                                        // no stage
            assertThat(SchemaFiles.validate(SPEC, yaml(bad).get(0))).as(bad).isNotEmpty();
        }
    }

    private static final String GOOD_REVISION = """
            id: hypo-1
            title: A hypothetical revision
            date: 2030-01-01
            extends: "2012"
            sources:
              - id: memo
                cite: An internal memo
            terms:
              ballistic-missile:
                max-range:
                  limit: 1000 km
                  source: [memo]
                  reading: Raised for the test.
              cruise-missile: none
              uav:
                payload-cap-beyond-range:
                  when-range-over: 300 km
                  payload: 3000 kg
                  source: [memo]
              space-launch-vehicle:
                impulse-cap:
                  limit: 2000000 lbf*s
                  propellants: [solid]
                  source: [memo]
            notes:
              - a note
            """;

    private Cli.Run loadRevision(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("hypo.yaml"), text, StandardCharsets.UTF_8);
        return Cli.run("revisions", "--revision-file", file.toString());
    }

    @Test
    void aGoodHypotheticalRevisionPassesBoth() throws Exception {
        assertThat(loadRevision(GOOD_REVISION).status()).isZero();
        assertThat(SchemaFiles.messages(SchemaFiles.validate(REVISION, yaml(GOOD_REVISION).get(0)))).isEmpty();
        String tradeoff = GOOD_REVISION.replace("""
                  cruise-missile: none
                """, """
                  cruise-missile:
                    payload-tradeoff:
                      points:
                        - {range: 300 km, payload: 2000 kg}
                        - {range: 800 km, payload: 500 kg}
                      source: [memo]
                    max-payload: none
                """);
        assertThat(loadRevision(tradeoff).status()).isZero();
        assertThat(SchemaFiles.messages(SchemaFiles.validate(REVISION, yaml(tradeoff).get(0)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "author: someone\n",                         // unknown top-level field
        "title: A hypothetical revision\n|title: \"\"\n", // blank title
        "date: 2030-01-01\n|date: 1 Jan 2030\n",     // date not YYYY[-MM[-DD]]
        "id: hypo-1\n|id: \"hypo 1\"\n",             // id with a space
        "extends: \"2012\"\n|current: \"yes\"\n",    // wrong type: boolean expected
        "  cruise-missile: none\n|  cruise-misile: none\n",              // unknown system type
        "    max-range:\n|    max-rang:\n",                              // unknown term
        "      limit: 1000 km\n|      limit: 1000 kms\n",                // unknown unit
        "      limit: 1000 km\n|      limit: 1000 km\n      lmit: 2\n",  // unknown field in a term
        "      source: [memo]\n      reading: Raised for the test.\n|      reading: Raised for the test.\n", // missing source
        "      when-range-over: 300 km\n|      when-range-over: 300 km\n      when-range-at-least: 300 km\n", // both thresholds
        "      propellants: [solid]\n|      propellants: [plasma]\n",    // unknown propellant
        "      propellants: [solid]\n|",                                 // missing propellants
        "sources:\n  - id: memo\n    cite: An internal memo\n|sources: []\n", // no sources
        "notes:\n  - a note\n|notes: a note\n",                          // notes not a list
    })
    void structuralMistakesInRevisionsAreRejectedByBoth(String edit) throws Exception {
        String[] parts = edit.split("\\|", -1);
        if (parts.length == 2) {
            assertThat(GOOD_REVISION).contains(parts[0]);
        }
        String text = parts.length == 1 ? GOOD_REVISION + parts[0] : GOOD_REVISION.replace(parts[0], parts[1]);
        Cli.Run run = loadRevision(text);
        assertThat(run.status()).as("mgc rejects: %s", run.err()).isEqualTo(2);
        assertThat(run.err()).contains("hypo.yaml");
        assertThat(SchemaFiles.validate(REVISION, yaml(text).get(0))).as("the schema rejects").isNotEmpty();
    }

    @Test
    void sourcesMayBeLeftOutOnlyByARevisionThatExtends() throws Exception {
        String copy = "id: copy-of-2017\ntitle: Copy\ndate: 2030\nextends: \"2017\"\n";
        assertThat(loadRevision(copy).status()).isZero();
        assertThat(SchemaFiles.validate(REVISION, yaml(copy).get(0))).isEmpty();

        String standalone = "id: no-sources\ntitle: Alone\ndate: 2030\n";
        assertThat(loadRevision(standalone).status()).isEqualTo(2);
        assertThat(SchemaFiles.validate(REVISION, yaml(standalone).get(0))).isNotEmpty();
    }

    @Test
    void aTradeoffWithOnePointIsRejectedByBoth() throws Exception {
        String text = GOOD_REVISION.replace("""
                    max-range:
                      limit: 1000 km
                      source: [memo]
                      reading: Raised for the test.
                """, """
                    payload-tradeoff:
                      points:
                        - {range: 300 km, payload: 2000 kg}
                      source: [memo]
                """);
        assertThat(text).contains("payload-tradeoff");
        assertThat(loadRevision(text).status()).isEqualTo(2);
        assertThat(SchemaFiles.validate(REVISION, yaml(text).get(0))).isNotEmpty();
    }

    private static final String GOOD_SCENARIO = """
            name: Hyunmoo-2C at the 2012 limits
            system:
              name: Hyunmoo-2C
              type: ballistic-missile
              range: 800 km
              payload: 500 kg
            expect:
              "2001": {verdict: prohibited, rules: [MG-RANGE]}
              "2012": permitted
            """;

    @Test
    void theScenarioSchemaFollowsTheScenarioFormat() throws Exception {
        assertThat(SchemaFiles.messages(SchemaFiles.validate(SCENARIO, yaml(GOOD_SCENARIO).get(0)))).isEmpty();
        String bySpec = "name: By file\nspec: examples/hyunmoo-2c.yaml\nrevision-files: [revisions/x.revision.yaml]\nexpect:\n  \"2012\": permitted\n";
        assertThat(SchemaFiles.messages(SchemaFiles.validate(SCENARIO, yaml(bySpec).get(0)))).isEmpty();
        for (String bad : List.of(
                GOOD_SCENARIO + "notes: x\n",                                        // unknown field
                GOOD_SCENARIO.replace("name: Hyunmoo-2C at the 2012 limits\n", ""),  // missing name
                GOOD_SCENARIO.replace("\"2012\": permitted", "\"2012\": permited"),  // bad verdict
                GOOD_SCENARIO.replace("rules: [MG-RANGE]", "rules: [MG-RANG]"),      // unknown rule id
                GOOD_SCENARIO.replace("\"2012\": permitted", "\"2012\": {verdict: permitted, rules: [MG-RANGE]}"),
                GOOD_SCENARIO + "spec: x.yaml\n",                                    // both system and spec
                GOOD_SCENARIO.replace("type: ballistic-missile", "type: rocket"),    // bad inline system
                bySpec.replace("spec: examples/hyunmoo-2c.yaml", "spec: /etc/passwd"),
                "name: X\nsystem: {name: A, type: uav, range: 1 km, payload: 1 kg}\nexpect: {}\n")) {
            assertThat(SchemaFiles.validate(SCENARIO, yaml(bad).get(0))).as(bad).isNotEmpty();
        }
    }

    @Test
    void theScenarioSchemaListsTheShippedRuleIds() throws Exception {
        String schema = Files.readString(Path.of("schemas/scenario.schema.json"));
        Cli.Run run = Cli.run("check", "--format", "sarif", "scenarios/examples");
        for (String id : List.of("MG-IMPULSE", "MG-PAYLOAD", "MG-PAYLOAD-BEYOND-RANGE", "MG-RANGE", "MG-TRADEOFF", "MG-UNDECLARED")) {
            assertThat(run.out()).contains("\"id\" : \"" + id + "\"");
            assertThat(schema).contains("\"" + id + "\"");
        }
    }
}
