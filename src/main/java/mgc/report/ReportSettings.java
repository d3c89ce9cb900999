package mgc.report;

import mgc.output.Provenance;
import java.util.List;
import mgc.engine.RuleInfo;
import mgc.report.chart.Envelopes;

/**
 * What a check report may need beyond the results: the rule base's documented rules (SARIF lists
 * them as tool metadata), whether to show the rule engine's trace (--explain) or the alternative
 * readings (--readings), the run's provenance, how many input errors text output prints
 * (--max-errors), whether it colours verdicts (--color) and how the HTML report's charts are
 * drawn (by the run's rule base).
 */
public record ReportSettings(List<RuleInfo> rules, boolean explain, boolean readings, Provenance provenance, int maxErrors, boolean colour,
                             Envelopes envelopes) {

    /** Text output shows this many input errors, then "... and N more" (--max-errors; 0 shows all). */
    public static final int DEFAULT_MAX_ERRORS = 100;

    public ReportSettings {
        rules = List.copyOf(rules);
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors < 0");
        }
    }
}
