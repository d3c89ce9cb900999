package mgc.compare;

import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.RuleBase;
import mgc.engine.RulesDirectory;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;
import mgc.spec.SystemType;

/** The repository's rule base, compiled once for the comparison tests, with catalogs built on demand. */
final class RuleBaseFixture {

    static final Path RULES = Path.of("rules");
    static final Path HYPOTHETICAL_1000KM = Path.of("scenarios/boundaries/revisions/range-1000km.revision.yaml");

    private static RuleBase ruleBase;

    private RuleBaseFixture() {}

    static synchronized RuleBase ruleBase() throws InputException {
        if (ruleBase == null) {
            ruleBase = RuleBase.compile(RulesDirectory.of(RULES));
        }
        return ruleBase;
    }

    static RevisionCatalog catalog(List<Path> userFiles) throws InputException {
        RulesDirectory rules = RulesDirectory.of(RULES);
        List<InputFile> shipped = rules.revisionFiles().stream().map(p -> new InputFile(p, rules.display(p))).toList();
        RevisionCatalog.Loaded loaded = RevisionCatalog.load(new DocumentReader(), shipped, userFiles.stream().map(InputFile::of).toList());
        if (!loaded.errors().isEmpty()) {
            throw new InputException(loaded.errors());
        }
        return loaded.catalog();
    }

    static List<TypeComparison> compare(RevisionCatalog catalog, String from, String to) throws Exception {
        Revision a = catalog.find(from).orElseThrow();
        Revision b = catalog.find(to).orElseThrow();
        try (RevisionComparison comparison = new RevisionComparison(ruleBase(), a, b)) {
            return comparison.types();
        }
    }

    static TypeComparison of(List<TypeComparison> types, SystemType type) {
        return types.stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }
}
