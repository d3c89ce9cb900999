package mgc.report;

import mgc.output.RunSummary;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import mgc.engine.Verdict;

/** Counts a run as it streams past, for the summary and the exit status. */
public final class Tally {

    private final Set<String> files = new HashSet<>();
    private int systems;
    private int permitted;
    private int prohibited;
    private int depends;
    private int errors;
    private LongConsumer progress = counted -> {};

    /**
     * Tells {@code progress} how many systems and errors have been counted, each time the count
     * grows; for a progress meter (the command line's, on a terminal). Called on the thread that
     * counts.
     */
    public void onProgress(LongConsumer progress) {
        this.progress = progress;
    }

    public void result(SystemResult result) {
        files.add(result.file());
        systems++;
        for (Verdict verdict : result.verdicts()) {
            if (result.depends(verdict)) {
                depends++;
            } else if (result.prohibited(verdict)) {
                prohibited++;
            } else {
                permitted++;
            }
        }
        progress.accept((long) systems + errors);
    }

    /** Counts results already summarised elsewhere (a batch chunk whose results were not kept). */
    public void results(String file, int systemCount, int permittedCount, int prohibitedCount) {
        results(file, systemCount, permittedCount, prohibitedCount, 0);
    }

    public void results(String file, int systemCount, int permittedCount, int prohibitedCount, int dependsCount) {
        files.add(file);
        systems += systemCount;
        permitted += permittedCount;
        prohibited += prohibitedCount;
        depends += dependsCount;
        progress.accept((long) systems + errors);
    }

    public void file(String file) {
        files.add(file);
    }

    public void error() {
        errors++;
        progress.accept((long) systems + errors);
    }

    public boolean anyProhibited() {
        return prohibited > 0;
    }

    public boolean anyDepends() {
        return depends > 0;
    }

    public boolean anyErrors() {
        return errors > 0;
    }

    public RunSummary summary(int revisions) {
        return new RunSummary(files.size(), systems, revisions, permitted, prohibited, errors, depends);
    }
}
