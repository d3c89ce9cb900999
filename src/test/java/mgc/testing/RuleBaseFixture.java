package mgc.testing;

import java.nio.file.Path;
import java.util.List;
import mgc.compare.RevisionComparison;
import mgc.compare.TypeComparison;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.RuleBase;
import mgc.engine.RuleSet;
import mgc.engine.RulesDirectory;
import mgc.engine.Verdict;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;
import mgc.spec.SystemType;

/**
 * The repository's rule base for tests: the packaged one loaded the way the CLI loads it, or the
 * DRL of {@code rules/} compiled once (the comparison tests), with catalogs built on demand.
 */
public final class RuleBaseFixture {

    public static final Path RULES = Path.of("rules");
    public static final Path HYPOTHETICAL_1000KM = Path.of("scenarios/boundaries/revisions/range-1000km.revision.yaml");

    private static RuleBase ruleBase;

    private RuleBaseFixture() {}

    /** The real, packaged rule base, loaded the way the CLI loads it. */
    public static RuleSet load() {
        try {
            return RuleSet.load(RulesDirectory.packaged(), List.of(), new DocumentReader());
        } catch (InputException e) {
            throw new AssertionError("the packaged rule base does not load: " + e.getMessage(), e);
        }
    }

    /** The DRL of {@code rules/}, compiled once. */
    public static synchronized RuleBase ruleBase() throws InputException {
        if (ruleBase == null) {
            ruleBase = RuleBase.compile(RulesDirectory.of(RULES));
        }
        return ruleBase;
    }

    public static RevisionCatalog catalog(List<Path> userFiles) throws InputException {
        RulesDirectory rules = RulesDirectory.of(RULES);
        List<InputFile> shipped = rules.revisionFiles();
        RevisionCatalog.Loaded loaded = RevisionCatalog.load(new DocumentReader(), shipped, userFiles.stream().map(InputFile::of).toList());
        if (!loaded.errors().isEmpty()) {
            throw new InputException(loaded.errors());
        }
        return loaded.catalog();
    }

    public static List<TypeComparison> compare(RevisionCatalog catalog, String from, String to) throws Exception {
        Revision a = catalog.find(from).orElseThrow();
        Revision b = catalog.find(to).orElseThrow();
        try (RevisionComparison comparison = new RevisionComparison(ruleBase(), a, b)) {
            return comparison.types();
        }
    }

    public static TypeComparison of(List<TypeComparison> types, SystemType type) {
        return types.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    /** What a verdict decides and why, without the revision's identity: comparable across revisions. */
    public static String outcome(Verdict verdict) {
        StringBuilder out = new StringBuilder(verdict.decision().id());
        verdict.checks().forEach(c -> out.append(" | ").append(c.rule()).append(' ').append(c.field()).append(' ')
                .append(c.violated() ? "violated" : "within").append(' ').append(c.actual()).append(" vs ")
                .append(c.limit()).append(' ').append(c.unit()).append(' ').append(c.basis()));
        return out.toString();
    }
}
