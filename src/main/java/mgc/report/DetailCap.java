package mgc.report;

/**
 * How much per-system detail a whole-document report (HTML, JSON) keeps: the first
 * {@value #SYSTEMS} systems in full, then only what the summary and the verdicts need, so memory
 * and output stay flat however large the input (200,000 systems as HTML once took 3.8 GB and
 * wrote 800 MB). JSON Lines has no cap: it holds nothing and is the format for every detail of a batch.
 */
public final class DetailCap {

    /** Systems shown in full; beyond them, a note says how many were not. */
    public static final int SYSTEMS = 1000;

    private final int limit;
    private long seen;

    public DetailCap() {
        this(SYSTEMS);
    }

    DetailCap(int limit) {
        this.limit = limit;
    }

    /** Counts one more system; whether it is shown in full. */
    public boolean admit() {
        return ++seen <= limit;
    }

    public long seen() {
        return seen;
    }

    public long omitted() {
        return Math.max(0, seen - limit);
    }

    public int limit() {
        return limit;
    }

    /** {@code ... 199000 more systems: detail omitted, see --format jsonl}; only when some were omitted. */
    public String note() {
        return "... " + omitted() + " more system" + (omitted() == 1 ? "" : "s") + ": detail omitted, see --format jsonl";
    }
}
