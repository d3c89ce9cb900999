package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import mgc.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both JUnit XML reports ({@code mgc check --format junit}, {@code mgc test --format junit})
 * validate against schemas/junit.xsd, the JUnit XML that Jenkins validates Surefire's reports
 * with; and {@code mgc test}'s names are unique and readable.
 */
class JunitXmlSchemaTest {

    @TempDir
    Path dir;

    private static Schema schema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newSchema(Path.of("schemas/junit.xsd").toFile());
    }

    private static void assertValid(String xml) throws Exception {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void checkReportValidates() throws Exception {
        Cli.Run run = Cli.run("check", "--format", "junit", "scenarios/examples");
        assertThat(run.out()).contains("<testcase");
        assertValid(run.out());
    }

    @Test
    void testReportOfTheShippedSuiteValidatesWithCoverage() throws Exception {
        Cli.Run run = Cli.run("test", "--format", "junit", "--min-coverage", "100");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertValid(run.out());
        assertThat(run.out()).contains("<testsuite name=\"scenarios.stability\"")
                .contains("classname=\"scenarios.stability\" name=\"Hyunmoo-2C keeps its verdict from 2017 to 2020 [unchanged 2017, 2020]\"/>")
                .contains("name=\"rule coverage\"").doesNotContain("<failure");
        // Byte-stable: the same input gives the same report.
        assertThat(Cli.run("test", "--format", "junit", "--min-coverage", "100").out()).isEqualTo(run.out());
    }

    @Test
    void failuresErrorsAndSharedNamesValidateWithUniqueNames() throws Exception {
        Path file = dir.resolve("mixed.scenario.yaml");
        Files.writeString(file, """
                name: Twin <&>
                system: {name: Twin, type: ballistic-missile, range: 800.1 km, payload: 500 kg}
                expect: {"2012": permitted, "2017": prohibited}
                ---
                name: Twin <&>
                system: {name: Twin, type: ballistic-missile, range: 300 km, payload: 500 kg}
                expect: {"2012": permitted}
                unchanged: ["2012", "2017"]
                ---
                name: changes
                system: {name: Heavy, type: ballistic-missile, range: 800 km, payload: 2 t}
                unchanged: ["2012", "2017"]
                ---
                name: bad
                system: {name: X, type: ballistic-missile, range: 1 km, payload: 1 kg}
                expect: {"2012": permited}
                """);
        Cli.Run run = Cli.run("test", "--format", "junit", file.toString());
        assertThat(run.status()).isEqualTo(ExitStatus.ERROR);
        assertValid(run.out());
        assertThat(run.out())
                .contains("tests=\"6\" failures=\"2\" errors=\"1\"")
                .contains("name=\"Twin &lt;&amp;&gt; (line 1) [2012]\">")
                .contains("name=\"Twin &lt;&amp;&gt; (line 1) [2017]\"/>")
                .contains("name=\"Twin &lt;&amp;&gt; (line 5) [2012]\"/>")
                .contains("name=\"Twin &lt;&amp;&gt; (line 5) [unchanged 2012, 2017]\"/>")
                .contains("<failure type=\"expectation\" message=\"actual prohibited, with MG-RANGE among the findings, expected permitted\">")
                .contains("name=\"changes [unchanged 2012, 2017]\">")
                .contains("<failure type=\"changed\" message=\"the verdict changes: 2012 prohibited, 2017 permitted\">")
                .contains("<error type=\"input\"")
                .doesNotContain("classname=\"" + dir);
    }

    @Test
    void outputFileIsWrittenWhole() throws Exception {
        Path report = dir.resolve("TEST-mgc.xml");
        Cli.Run run = Cli.run("test", "--format", "junit", "--output", report.toString(), "scenarios/stability.scenario.yaml");
        assertThat(run.status()).as(run.err()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("3 scenarios in 1 file, 4 expectations: 4 passed, 0 failed, 0 errors").contains("wrote " + report);
        assertValid(Files.readString(report));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("TEST-mgc.xml");
        }
    }
}
