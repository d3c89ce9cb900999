package mgc.report;

import java.util.List;
import mgc.engine.RuleInfo;

/**
 * What a report may need beyond the results: the rule base's documented rules (SARIF lists them
 * as tool metadata), whether to show the rule engine's trace (--explain), the run's provenance, how
 * many input errors text output prints (--max-errors) and whether it colours verdicts (--color).
 */
public record ReportSettings(List<RuleInfo> rules, boolean explain, Provenance provenance, int maxErrors, boolean colour) {

    /** Text output shows this many input errors, then "... and N more" (--max-errors; 0 shows all). */
    public static final int DEFAULT_MAX_ERRORS = 100;

    public ReportSettings {
        rules = List.copyOf(rules);
        if (maxErrors < 0) {
            throw new IllegalArgumentException("maxErrors < 0");
        }
    }

    public ReportSettings(List<RuleInfo> rules, boolean explain, Provenance provenance) {
        this(rules, explain, provenance, DEFAULT_MAX_ERRORS, false);
    }

    public ReportSettings(List<RuleInfo> rules, boolean explain) {
        this(rules, explain, Provenance.UNKNOWN);
    }

    public static ReportSettings of(List<RuleInfo> rules) {
        return new ReportSettings(rules, false);
    }
}
