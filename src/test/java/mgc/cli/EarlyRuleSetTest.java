package mgc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.ReadLimits;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.revision.Revision;
import org.junit.jupiter.api.Test;

/** The rule set begun on other threads at start-up must be the one the options would load, or not be used. */
class EarlyRuleSetTest {

    private static RuleOptions defaults() {
        RuleOptions options = new RuleOptions();
        options.maxFileBytes = ReadLimits.DEFAULT_MAX_FILE_BYTES;
        options.maxTotalBytes = ReadLimits.DEFAULT_MAX_TOTAL_BYTES;
        return options;
    }

    @Test
    void defaultOptionsTakeTheRuleSetBegunEarlyAndItIsTheOneLoadedOnTheSpot() throws Exception {
        EarlyRuleSet.start();
        RuleSet early = defaults().load();
        RuleSet onTheSpot = RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader(defaults().reader().limits()));

        assertThat(EarlyRuleSet.take()).as("taken once").isEmpty();
        assertThat(early.digest()).isEqualTo(onTheSpot.digest());
        assertThat(early.catalog().all().stream().map(Revision::id).toList())
                .isEqualTo(onTheSpot.catalog().all().stream().map(Revision::id).toList());
        assertThat(early.catalog().all().stream().map(Revision::toString).toList())
                .isEqualTo(onTheSpot.catalog().all().stream().map(Revision::toString).toList());
        assertThat(early.ruleBase().rules()).isEqualTo(onTheSpot.ruleBase().rules());
        assertThat(early.revisionErrors()).isEqualTo(onTheSpot.revisionErrors());
    }

    @Test
    void theEarlyRuleSetIsReadWithTheLimitsOfDefaultOptions() {
        // RuleOptions.load() takes the early rule set when its two limit options are at their
        // defaults: that is only right while those give exactly the limits it was read with.
        assertThat(defaults().reader().limits()).isEqualTo(EarlyRuleSet.defaultLimits());
    }

    @Test
    void optionsThatChangeWhatIsLoadedLoadItThemselves() throws Exception {
        RuleOptions largeInput = defaults();
        largeInput.maxTotalBytes = ReadLimits.DEFAULT_MAX_TOTAL_BYTES + 1;
        EarlyRuleSet.start();
        RuleOptions smallFiles = defaults();
        smallFiles.maxFileBytes = 100_000;
        RuleOptions ownRules = defaults();
        ownRules.rulesDir = Path.of("rules");
        RuleOptions userRevision = defaults();
        userRevision.revisionFiles = List.of(Path.of("scenarios/examples/hyunmoo-2c.yaml"));

        smallFiles.load();
        largeInput.load();
        ownRules.load();
        try {
            userRevision.load();
        } catch (mgc.document.InputException e) {
            // A spec is not a revision file: what matters here is only that it was read on the spot.
        }

        assertThat(EarlyRuleSet.take()).as("still there for a line with default options").isPresent();
    }
}
