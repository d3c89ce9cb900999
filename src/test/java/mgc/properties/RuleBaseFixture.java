package mgc.properties;

import java.util.List;
import mgc.document.DocumentReader;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.Verdict;

/** The real, packaged rule base, loaded the way the CLI loads it. */
final class RuleBaseFixture {

    private RuleBaseFixture() {}

    static RuleSet load() {
        try {
            return RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        } catch (mgc.document.InputException e) {
            throw new AssertionError("the packaged rule base does not load: " + e.getMessage(), e);
        }
    }

    /** What a verdict decides and why, without the revision's identity: comparable across revisions. */
    static String outcome(Verdict verdict) {
        StringBuilder out = new StringBuilder(verdict.decision().id());
        verdict.checks().forEach(c -> out.append(" | ").append(c.rule()).append(' ').append(c.field()).append(' ')
                .append(c.violated() ? "violated" : "within").append(' ').append(c.actual()).append(" vs ")
                .append(c.limit()).append(' ').append(c.unit()).append(' ').append(c.basis()));
        return out.toString();
    }
}
