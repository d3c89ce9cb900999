package mgc.report;

/** Counts for the closing line of a report. */
public record RunSummary(int files, int systems, int revisions, int permitted, int prohibited, int errors) {

    public int evaluations() {
        return permitted + prohibited;
    }
}
