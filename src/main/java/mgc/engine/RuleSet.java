package mgc.engine;

import java.nio.file.Path;
import java.util.List;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.revision.RevisionCatalog;

/**
 * A usable rule base: the compiled DRL with every revision it can be run against. Loading it
 * is the one expensive step of a run, done once.
 *
 * @param revisionErrors problems with user revision files; those revisions are left out
 */
public record RuleSet(RuleBase ruleBase, RevisionCatalog catalog, List<InputError> revisionErrors) {

    public static RuleSet load(RulesDirectory rules, List<Path> userRevisionFiles, DocumentReader reader)
            throws InputException {
        List<InputFile> shipped = rules.revisionFiles().stream().map(p -> new InputFile(p, rules.display(p))).toList();
        List<InputFile> user = userRevisionFiles.stream().map(InputFile::of).toList();
        RevisionCatalog.Loaded loaded = RevisionCatalog.load(reader, shipped, user);
        RuleBase ruleBase = RuleBase.of(rules);
        return new RuleSet(ruleBase, loaded.catalog(), loaded.errors());
    }
}
