package mgc.report;

import java.util.List;
import mgc.engine.RuleInfo;

/**
 * What a report may need beyond the results: the rule base's documented rules (SARIF lists them
 * as tool metadata), whether to show the rule engine's trace (--explain) and the run's provenance.
 */
public record ReportSettings(List<RuleInfo> rules, boolean explain, Provenance provenance) {

    public ReportSettings {
        rules = List.copyOf(rules);
    }

    public ReportSettings(List<RuleInfo> rules, boolean explain) {
        this(rules, explain, Provenance.UNKNOWN);
    }

    public static ReportSettings of(List<RuleInfo> rules) {
        return new ReportSettings(rules, false);
    }
}
