package mgc.report;

import mgc.output.Markup;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import mgc.testing.Cli;
import mgc.testing.SpecFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlReportTest {

    @TempDir
    Path dir;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void aSuitePerFileACasePerSystemAndRevision() throws Exception {
        Path specs = SpecFiles.mixed(dir);
        Cli.Run run = Cli.run("check", "--revision", "2012", "--revision", "2017", "--format", "junit",
                specs.toString(), "scenarios/examples/hyunmoo-2c.yaml");
        Document xml = parse(run.out());

        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name"))
                .containsExactly(specs.toString(), "scenarios/examples/hyunmoo-2c.yaml");

        Element mixed = suites.get(0);
        // 5 systems x 2 revisions, plus one case for the broken system.
        assertThat(elements(mixed, "testcase")).hasSize(11);
        assertThat(mixed.getAttribute("tests")).isEqualTo("11");
        // Under 2012: script (range), Hwasong (trade-off), drone (UAV cap); under 2017: script and drone.
        assertThat(mixed.getAttribute("failures")).isEqualTo("5");
        assertThat(elements(mixed, "failure")).hasSize(5);
        assertThat(mixed.getAttribute("errors")).isEqualTo("1");
        assertThat(elements(mixed, "error").get(0).getAttribute("message")).contains("ballistic-missle");

        Element first = elements(mixed, "testcase").get(0);
        assertThat(first.getAttribute("name")).isEqualTo("<script>alert(1)</script> [2012 (current)]");
        Element failure = elements(first, "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo("MG-RANGE: range 900 km > limit 800 km (over by 100 km)");
        assertThat(failure.getTextContent()).contains("at " + specs + ":4:8").contains("source: ");

        Element hyunmoo = suites.get(1);
        assertThat(elements(hyunmoo, "testcase")).extracting(c -> c.getAttribute("name"))
                .containsExactly("Hyunmoo-2C [2012 (current)]", "Hyunmoo-2C [2017]");
        assertThat(hyunmoo.getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void charactersXmlCannotHoldDoNotBreakTheDocument() throws Exception {
        // A name with a control character (allowed in a YAML double-quoted string) and a quote.
        Path spec = SpecFiles.write(dir.resolve("odd.yaml"), """
                name: "bell\\a \\"quoted\\" & <tag>\\u0001"
                type: ballistic-missile
                range: 1000 km
                payload: 100 kg
                """);
        Cli.Run run = Cli.run("check", "--format", "junit", spec.toString());
        Document xml = parse(run.out());
        Element testcase = elements(xml.getDocumentElement(), "testcase").get(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("bell\uFFFD \"quoted\" & <tag>\uFFFD [2012 (current)]");
    }

    @Test
    void markupEscapesAndReplacesIllegalCharacters() {
        assertThat(Markup.escape("a<b>&\"'\n\u0000\uD800x\uD83D\uDE00")).isEqualTo("a&lt;b&gt;&amp;&quot;&#39;&#10;\uFFFD\uFFFDx\uD83D\uDE00");
    }

    @Test
    void outputIsByteStable() throws IOException {
        Path specs = SpecFiles.mixed(dir);
        assertThat(Cli.run("check", "--format", "junit", specs.toString()).out())
                .isEqualTo(Cli.run("check", "--format", "junit", specs.toString()).out());
    }
}
