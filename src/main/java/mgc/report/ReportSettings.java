package mgc.report;

import java.util.List;
import mgc.engine.RuleInfo;

/**
 * What a report may need beyond the results: the rule base's documented rules (SARIF lists them
 * as tool metadata) and whether to show the rule engine's trace (--explain).
 */
public record ReportSettings(List<RuleInfo> rules, boolean explain) {

    public ReportSettings {
        rules = List.copyOf(rules);
    }

    public static ReportSettings of(List<RuleInfo> rules) {
        return new ReportSettings(rules, false);
    }
}
