package mgc.cli;

import java.util.List;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.ReadLimits;
import mgc.engine.BackgroundLoad;
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

    private static final BackgroundLoad<RuleSet> EARLY = new BackgroundLoad<>("mgc-rule-set");

    private EarlyRuleSet() {}

    /** The read limits of {@link RuleOptions} when no option sets them. */
    static ReadLimits defaultLimits() {
        return ReadLimits.defaults().withMaxFileBytes(ReadLimits.DEFAULT_MAX_FILE_BYTES)
                .withMaxTotalBytes(ReadLimits.DEFAULT_MAX_TOTAL_BYTES);
    }

    static void start() {
        RuleBase.startLoadingPackaged();
        EARLY.start(() -> RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader(defaultLimits())));
    }

    /** The rule set begun by {@link #start()}, once; empty if none was begun or it was taken. */
    static Optional<RuleSet> take() throws InputException {
        return EARLY.take();
    }
}
