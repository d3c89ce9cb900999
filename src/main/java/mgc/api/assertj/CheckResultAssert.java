package mgc.api.assertj;

import java.util.Optional;
import mgc.api.CheckResult;
import mgc.api.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the verdicts of one system ({@link CheckResult}); made by
 * {@link MgcAssertions#assertThat(CheckResult)}.
 */
public final class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {

    CheckResultAssert(CheckResult actual) {
        super(actual, CheckResultAssert.class);
    }

    /**
     * Verifies that the system is permitted under a revision.
     *
     * @param revision a revision id that was checked
     * @return assertions on that verdict, for its margins
     */
    public VerdictAssert isPermittedUnder(String revision) {
        return is(revision, Verdict.Outcome.PERMITTED);
    }

    /**
     * Verifies that the system is prohibited under a revision.
     *
     * @param revision a revision id that was checked
     * @return assertions on that verdict, for the rules that decide it
     */
    public VerdictAssert isProhibitedUnder(String revision) {
        return is(revision, Verdict.Outcome.PROHIBITED);
    }

    private VerdictAssert is(String revision, Verdict.Outcome expected) {
        isNotNull();
        Optional<Verdict> verdict = actual.find(revision);
        if (verdict.isEmpty()) {
            failWithMessage("Expecting %s to be %s under %s, but %s was not checked (checked: %s)", actual.spec(),
                    expected.id(), revision, revision, actual.verdicts().stream().map(Verdict::revision).toList());
        }
        if (verdict.get().decision() != expected) {
            failWithMessage("Expecting %s to be %s under %s, but it is %s:%n%s", actual.spec(), expected.id(), revision,
                    verdict.get().decision().id(), VerdictAssert.checks(verdict.get()));
        }
        return new VerdictAssert(verdict.get(), actual.spec());
    }
}
