package mgc.report;

/**
 * Counts for the closing line of a report.
 *
 * @param depends verdicts of systems with uncertain figures that are permitted in part of their box only
 */
public record RunSummary(int files, int systems, int revisions, int permitted, int prohibited, int errors, int depends) {

    public RunSummary(int files, int systems, int revisions, int permitted, int prohibited, int errors) {
        this(files, systems, revisions, permitted, prohibited, errors, 0);
    }

    public int evaluations() {
        return permitted + prohibited + depends;
    }
}
