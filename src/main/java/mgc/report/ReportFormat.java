package mgc.report;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * The output formats of {@code mgc check}, by the name given to {@code --format}. Each opens its
 * own {@link ReportWriter}; commands only parse the name and delegate here. Constant names are
 * the names users type.
 */
public enum ReportFormat {
    text {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) {
            return new TextReport(out, err, settings.explain(), settings.provenance(), settings.maxErrors(), settings.colour());
        }
    },
    json {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) throws IOException {
            return new JsonReport(out, settings.provenance());
        }
    },
    junit {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) {
            return new JunitXmlReport(out, settings.provenance());
        }
    },
    sarif {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) throws IOException {
            return new SarifReport(out, settings.rules(), settings.provenance());
        }
    },
    markdown {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) {
            return new MarkdownReport(out, settings.provenance());
        }
    },
    /** A verdict matrix and the failures only, sized for a pull-request comment. */
    markdown_summary {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) {
            return new MarkdownSummaryReport(out, settings.provenance());
        }
    },
    html {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) {
            return new HtmlReport(out, settings.provenance());
        }
    },
    /** One line per system, streamed; for batches (docs/performance.md). */
    jsonl {
        @Override
        public ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) throws IOException {
            return new JsonLinesReport(out, settings.provenance());
        }
    };

    /** The name users type: {@code markdown-summary} for {@code markdown_summary}. */
    @Override
    public String toString() {
        return name().replace('_', '-');
    }

    /** Whether this format can show the rule engine's trace (--explain). */
    public boolean explains() {
        return this == text || this == json;
    }

    /**
     * A writer for this format. {@code out} receives the report; {@code err} is used only by
     * formats that print input errors apart from the report (text).
     */
    public abstract ReportWriter open(PrintWriter out, PrintWriter err, ReportSettings settings) throws IOException;
}
