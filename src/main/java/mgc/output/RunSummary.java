package mgc.output;

/**
 * Counts for the closing line of a report.
 *
 * @param depends verdicts of systems with uncertain figures that are permitted in part of their box only
 */
public record RunSummary(int files, int systems, int revisions, int permitted, int prohibited, int errors, int depends) {

    public RunSummary(int files, int systems, int revisions, int permitted, int prohibited, int errors) {
        this(files, systems, revisions, permitted, prohibited, errors, 0);
    }

    /** The closing line as plain text: {@code 2 systems in 1 file x 1 revision: 1 permitted, 1 prohibited, 0 errors}. */
    public String line() {
        return systems + " system" + (systems == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s")
                + " x " + revisions + " revision" + (revisions == 1 ? "" : "s") + ": " + permitted + " permitted, "
                + prohibited + " prohibited, " + (depends > 0 ? depends + " depends, " : "") + errors + " error" + (errors == 1 ? "" : "s");
    }

    public int evaluations() {
        return permitted + prohibited + depends;
    }
}
