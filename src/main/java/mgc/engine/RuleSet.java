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
 * @param digest         {@link RuleBaseDigest} of the DRL and every revision file as loaded, user files included
 */
public record RuleSet(RuleBase ruleBase, RevisionCatalog catalog, List<InputError> revisionErrors, String digest) {

    public static RuleSet load(RulesDirectory rules, List<Path> userRevisionFiles, DocumentReader reader)
            throws InputException {
        List<InputFile> shipped = rules.revisionFiles();
        List<InputFile> user = userRevisionFiles.stream().map(InputFile::of).toList();
        RevisionCatalog.Loaded loaded = RevisionCatalog.load(reader, shipped, user);
        RuleBase ruleBase = RuleBase.of(rules);
        return new RuleSet(ruleBase, loaded.catalog(), loaded.errors(), RuleBaseDigest.of(rules, userRevisionFiles));
    }
}
