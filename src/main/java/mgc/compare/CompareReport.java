package mgc.compare;

import mgc.output.Report;

/** The report of {@code mgc compare}: one comparison, its input errors, then the end. */
public interface CompareReport extends Report<Comparison, Void> {}
