package mgc.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.spec.SystemType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the legend of an envelope chart stands for: one swatch per line drawn, and nothing else. */
class EnvelopeChartTest {

    private static RuleSet ruleSet;

    @BeforeAll
    static void load() throws Exception {
        ruleSet = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
    }

    private static JFreeChart chart(SystemType type, String... revisions) {
        List<Envelope> envelopes = new ArrayList<>();
        for (String id : revisions) {
            envelopes.add(new Envelopes(ruleSet.ruleBase()).of(ruleSet.catalog().find(id).orElseThrow(), type));
        }
        return EnvelopeChart.build(type.toString(), type, envelopes, List.of());
    }

    private static List<String> legendKeys(JFreeChart chart) {
        XYSeriesCollection lines = (XYSeriesCollection) chart.getXYPlot().getDataset(0);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            keys.add(lines.getSeriesKey(i).toString());
        }
        return keys;
    }

    private static List<String> captions(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        for (Object subtitle : chart.getSubtitles()) {
            if (subtitle instanceof TextTitle text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    @Test
    void aRevisionWithNoLimitGetsNoSwatchButACaption() {
        JFreeChart chart = chart(SystemType.BALLISTIC_MISSILE, "2012", "2021");
        assertThat(legendKeys(chart)).containsExactly("2012 (current): range <= 800 km");
        assertThat(captions(chart)).containsExactly("2021: no limit (no line: every range and payload is permitted)");
    }

    @Test
    void revisionsThatAllDrawALineGetNoCaption() {
        JFreeChart chart = chart(SystemType.BALLISTIC_MISSILE, "2001", "2012");
        assertThat(legendKeys(chart)).hasSize(2);
        assertThat(captions(chart)).isEmpty();
        assertThat(chart.getSubtitles()).hasSize(1).allMatch(Title.class::isInstance);
    }

    @Test
    void unlimitedRevisionsOnOneTypeShareOneCaption() {
        JFreeChart chart = chart(SystemType.CRUISE_MISSILE, "1979", "2012", "2021");
        assertThat(legendKeys(chart)).noneMatch(key -> key.contains("no limit"));
        assertThat(captions(chart)).containsExactly("1979, 2021: no limit (no line: every range and payload is permitted)");
    }
}
