package mgc.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import mgc.document.DocumentReader;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.report.chart.PlottedSystem.Outcome;
import mgc.spec.SystemType;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** The SVG text Batik writes for a chart, with what the HTML page and the envelope command rely on. */
class ChartImageTest {

    private static RuleSet ruleSet;

    @BeforeAll
    static void load() throws Exception {
        ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
    }

    private static JFreeChart chart() {
        List<Envelope> envelopes = List.of(
                new Envelopes(ruleSet.ruleBase()).of(ruleSet.catalog().find("2001").orElseThrow(), SystemType.BALLISTIC_MISSILE),
                new Envelopes(ruleSet.ruleBase()).of(ruleSet.catalog().find("2012").orElseThrow(), SystemType.BALLISTIC_MISSILE));
        // Fractional positions, so coordinates with decimals are written.
        List<PlottedSystem> points = List.of(new PlottedSystem("A & <B>", 512.345, 987.654, Outcome.MIXED));
        return EnvelopeChart.build("ballistic-missile", SystemType.BALLISTIC_MISSILE, envelopes, points);
    }

    @Test
    void anSvgElementWithoutPrologOrGeneratorComment() throws Exception {
        String svg = ChartImage.svg(chart(), "c7_");
        assertThat(svg).startsWith("<svg ").matches("(?s).*</svg\\s*>");
        assertThat(svg).doesNotContain("<?xml").doesNotContain("<!DOCTYPE").doesNotContain("<!--");
        assertThat(svg).contains("viewBox=\"0 0 900 560\"").contains("A &amp; &lt;B&gt;");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("id")).isEqualTo("c7_chart");
    }

    @Test
    void everyIdAndReferenceCarriesThePrefix() {
        String svg = ChartImage.svg(chart(), "c7_");
        Matcher ids = Pattern.compile(" id=\"([^\"]*)\"").matcher(svg);
        int count = 0;
        while (ids.find()) {
            assertThat(ids.group(1)).startsWith("c7_");
            count++;
        }
        assertThat(count).isGreaterThan(2);
        Matcher references = Pattern.compile("url\\(#([^)]*)\\)").matcher(svg);
        assertThat(references.find()).isTrue();
        do {
            assertThat(references.group(1)).startsWith("c7_");
        } while (references.find());
    }

    @Test
    void numbersDoNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            String us = ChartImage.svg(chart(), "c0_");
            Locale.setDefault(Locale.GERMANY); // decimal comma
            String german = ChartImage.svg(chart(), "c0_");
            Locale.setDefault(Locale.forLanguageTag("ar-EG")); // Arabic-Indic digits
            String arabic = ChartImage.svg(chart(), "c0_");
            assertThat(german).isEqualTo(us);
            assertThat(arabic).isEqualTo(us);
            // Coordinates keep at most two decimals, written with '.'.
            assertThat(us).containsPattern("\\d\\.\\d");
            assertThat(us).doesNotContainPattern("\\d\\.\\d{3}");
            assertThat(us).doesNotContainPattern("\\d,\\d{1,2}[ \"]");
        } finally {
            Locale.setDefault(before);
        }
    }
}
