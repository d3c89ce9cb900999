package mgc.report;

import java.util.List;
import mgc.engine.RuleInfo;

/**
 * What a report may need beyond the results: the rule base's documented rules (SARIF lists them
 * as tool metadata), whether to show the rule engine's trace (--explain) and the run's provenance.
 */
public record ReportSettings(List<RuleInfo> rules, boolean explain, Provenance provenance, int maxErrors) {

    /** Text output shows this many input errors, then "... and N more" (--max-errors; 0 shows all). */
    public static final int DEFAULT_MAX_ERRORS = 100;

    public ReportSettings {
        rules = List.copyOf(rules);
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors < 0");
        }
    }

    public ReportSettings(List<RuleInfo> rules, boolean explain, Provenance provenance) {
        this(rules, explain, provenance, DEFAULT_MAX_ERRORS);
    }

    public ReportSettings(List<RuleInfo> rules, boolean explain) {
        this(rules, explain, Provenance.UNKNOWN);
    }

    public static ReportSettings of(List<RuleInfo> rules) {
        return new ReportSettings(rules, false);
    }
}
