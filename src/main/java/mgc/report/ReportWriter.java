package mgc.report;

import mgc.output.Report;
import mgc.output.RunSummary;

/**
 * The report of {@code mgc check}: each system's verdicts streamed in input order, so a large
 * batch is never held in memory; errors may be buffered by formats that list them last.
 */
public interface ReportWriter extends Report<SystemResult, RunSummary> {}
