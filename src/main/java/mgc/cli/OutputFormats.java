package mgc.cli;

import java.util.Iterator;
import java.util.Optional;
import mgc.compare.CompareJsonReport;
import mgc.compare.CompareReport;
import mgc.compare.CompareTextReport;
import mgc.output.Formats;
import mgc.output.Formats.Format;
import mgc.report.HtmlReport;
import mgc.report.JsonLinesReport;
import mgc.report.JsonReport;
import mgc.report.JunitXmlReport;
import mgc.report.MarkdownReport;
import mgc.report.MarkdownSummaryReport;
import mgc.output.Provenance;
import mgc.report.ReadingsReport;
import mgc.output.Report;
import mgc.report.ReportSettings;
import mgc.report.ReportWriter;
import mgc.report.SarifReport;
import mgc.report.TextReport;
import mgc.report.chart.ChartReport;
import mgc.scenario.TestJsonReport;
import mgc.scenario.TestJunitReport;
import mgc.scenario.TestReport;
import mgc.scenario.TestTextReport;
import mgc.sweep.BoundaryCsv;
import mgc.sweep.BoundaryJson;
import mgc.sweep.SweepReport;
import mgc.timeline.TimelineHtml;
import mgc.timeline.TimelineJson;
import mgc.timeline.TimelineText;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.ITypeConverter;

/**
 * Every command's output formats, by the names users type, in the order help lists them: the one
 * place a format is added (docs/architecture.md). Each command's {@code --format} reads its
 * table through a converter here, which takes any case, '-' or '_' and {@code md} alike and
 * answers a bad value with the one error shape of {@link Choices}.
 */
final class OutputFormats {

    private OutputFormats() {}

    /** What test's reports are told beyond the stream: provenance, and with --as-of which revision the date chose. */
    record TestContext(Provenance provenance, Optional<String> dating) {}

    /** What compare's reports are told: provenance, and which revision each --as-of date chose. */
    record CompareContext(Provenance provenance, java.util.List<String> dating) {}

    static final Formats<ReportSettings, ReportWriter> CHECK = Formats.<ReportSettings, ReportWriter>empty()
            .with("text", (d, s) -> s.readings() ? new ReadingsReport(d.out(), ReadingsReport.Style.TEXT, s.provenance())
                    : new TextReport(d.out(), d.err(), s.explain(), s.provenance(), s.maxErrors(), s.colour()), "--explain", "--readings")
            .with("json", (d, s) -> s.readings() ? new ReadingsReport(d.out(), ReadingsReport.Style.JSON, s.provenance())
                    : new JsonReport(d.out(), s.provenance()), "--explain", "--readings")
            .with("junit", (d, s) -> new JunitXmlReport(d.out(), s.provenance()))
            .with("sarif", (d, s) -> new SarifReport(d.out(), s.rules(), s.provenance()))
            .with("markdown", (d, s) -> s.readings() ? new ReadingsReport(d.out(), ReadingsReport.Style.MARKDOWN, s.provenance())
                    : new MarkdownReport(d.out(), s.provenance()), "--readings")
            // A verdict matrix and the failures only, sized for a pull-request comment.
            .with("markdown-summary", (d, s) -> new MarkdownSummaryReport(d.out(), s.provenance()))
            .with("html", (d, s) -> s.readings() ? new ReadingsReport(d.out(), ReadingsReport.Style.HTML, s.provenance())
                    : new HtmlReport(d.out(), s.provenance(), s.envelopes()), "--readings")
            // One line per system, streamed; chunks encoded on the workers go straight to a file's bytes.
            .with("jsonl", (d, s) -> new JsonLinesReport(d.out(), d.raw().orElse(null), s.provenance()));

    static final Formats<TestContext, TestReport> TEST = Formats.<TestContext, TestReport>empty()
            .with("text", (d, c) -> new TestTextReport(d.out(), d.err(), c.dating()))
            .with("json", (d, c) -> new TestJsonReport(d.out(), c.provenance()))
            .with("junit", (d, c) -> new TestJunitReport(d.out(), c.provenance()));

    static final Formats<CompareContext, CompareReport> COMPARE = Formats.<CompareContext, CompareReport>empty()
            .with("text", (d, c) -> new CompareTextReport(d.out(), d.err(), c.dating()))
            .with("json", (d, c) -> new CompareJsonReport(d.out(), c.provenance()));

    static final Formats<Provenance, SweepReport> SWEEP = Formats.<Provenance, SweepReport>empty()
            .with("csv", (d, p) -> new BoundaryCsv(d.out()))
            .with("json", (d, p) -> new BoundaryJson(d.out(), p));

    static final Formats<Provenance, ReportWriter> TIMELINE = Formats.<Provenance, ReportWriter>empty()
            .with("text", (d, p) -> new TimelineText(d.out(), d.err()))
            .with("json", (d, p) -> new TimelineJson(d.out(), p))
            .with("html", (d, p) -> new TimelineHtml(d.out(), p));

    /** Chosen by the --output file's extension; SVG on standard output. */
    static final Formats<Void, Report<JFreeChart, Void>> ENVELOPE = Formats.<Void, Report<JFreeChart, Void>>empty()
            .with("svg", (d, nothing) -> ChartReport.svg(d))
            .with("png", (d, nothing) -> ChartReport.png(d));

    /** Reads --format against one table; also its completion candidates, which help lists. */
    abstract static class Option<C, W> implements ITypeConverter<Format<C, W>>, Iterable<String> {
        private final Formats<C, W> formats;

        Option(Formats<C, W> formats) {
            this.formats = formats;
        }

        @Override
        public Format<C, W> convert(String value) {
            return formats.named(Choices.pick(formats.names(), value)).orElseThrow();
        }

        @Override
        public Iterator<String> iterator() {
            return formats.names().iterator();
        }
    }

    static final class CheckOption extends Option<ReportSettings, ReportWriter> {
        CheckOption() {
            super(CHECK);
        }
    }

    static final class TestOption extends Option<TestContext, TestReport> {
        TestOption() {
            super(TEST);
        }
    }

    static final class CompareOption extends Option<CompareContext, CompareReport> {
        CompareOption() {
            super(COMPARE);
        }
    }

    static final class TimelineOption extends Option<Provenance, ReportWriter> {
        TimelineOption() {
            super(TIMELINE);
        }
    }

    static final class SweepOption extends Option<Provenance, SweepReport> {
        SweepOption() {
            super(SWEEP);
        }
    }
}
