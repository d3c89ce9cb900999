package mgc.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.ReadLimits;
import mgc.engine.RuleBase;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;

/**
 * The packaged rule set as a command line with no rule options loads it, begun on two background
 * threads as the run starts: one builds the rule network, the other reads the revision files
 * (and waits for the network), while the main thread builds the command tree and parses the line.
 * Most of a short run's own work is loading the rule set, so this takes it off the main thread's
 * path (docs/performance.md). {@link RuleOptions#load()} takes the result only when its options
 * are the defaults this was loaded with, so the rule set (or the error) is exactly the one it
 * would load itself; otherwise, or if never taken, this only cost the other core's time.
 */
final class EarlyRuleSet {

    private static final AtomicReference<FutureTask<RuleSet>> EARLY = new AtomicReference<>();

    private EarlyRuleSet() {}

    /** The read limits of {@link RuleOptions} when no option sets them. */
    static ReadLimits defaultLimits() {
        return ReadLimits.defaults().withMaxFileBytes(ReadLimits.DEFAULT_MAX_FILE_BYTES)
                .withMaxTotalBytes(ReadLimits.DEFAULT_MAX_TOTAL_BYTES);
    }

    static void start() {
        RuleBase.startLoadingPackaged();
        FutureTask<RuleSet> task = new FutureTask<>(() ->
                RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader(defaultLimits())));
        if (EARLY.compareAndSet(null, task)) {
            Thread thread = new Thread(task, "mgc-rule-set");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The rule set begun by {@link #start()}, once; empty if none was begun or it was taken. */
    static Optional<RuleSet> take() throws InputException {
        FutureTask<RuleSet> early = EARLY.getAndSet(null);
        if (early == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(early.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rule set", e);
        } catch (ExecutionException e) {
            // What loading on this thread would have thrown.
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("cannot load the rule set: " + e.getCause(), e.getCause());
        }
    }
}
