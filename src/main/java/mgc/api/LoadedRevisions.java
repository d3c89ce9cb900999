package mgc.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mgc.document.DocumentReader;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.engine.RuleBase;
import mgc.engine.RulesDirectory;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;

/**
 * What a {@link Guideline} is made of: the rule base, the revision files and texts it was given
 * (shipped files, then hypothetical files and texts in the order added) and the catalog they
 * load into. Loading fails with every problem of every revision; an unknown revision id is an
 * {@link MgcException} that lists the known ones. Immutable: adding a revision loads a new one.
 */
final class LoadedRevisions {

    private final RuleBase ruleBase;
    private final List<InputFile> shippedFiles;
    private final List<InputFile> userFiles;
    private final List<RevisionCatalog.Text> userTexts;
    private final RevisionCatalog catalog;
    private final DocumentReader reader = new DocumentReader();

    private LoadedRevisions(RuleBase ruleBase, List<InputFile> shippedFiles, List<InputFile> userFiles,
                            List<RevisionCatalog.Text> userTexts) {
        this.ruleBase = ruleBase;
        this.shippedFiles = List.copyOf(shippedFiles);
        this.userFiles = List.copyOf(userFiles);
        this.userTexts = List.copyOf(userTexts);
        try {
            RevisionCatalog.Loaded loaded = RevisionCatalog.load(reader, shippedFiles, userFiles, userTexts);
            if (!loaded.errors().isEmpty()) {
                throw MgcException.of(loaded.errors());
            }
            this.catalog = loaded.catalog();
        } catch (InputException e) {
            throw MgcException.of(e.errors());
        }
    }

    /** The packaged rule base and its revision files; a failure is a broken jar, not bad input. */
    static LoadedRevisions shipped() {
        RulesDirectory directory = RulesDirectory.packaged();
        try {
            List<InputFile> files = directory.revisionFiles();
            return new LoadedRevisions(RuleBase.of(directory), files, List.of(), List.of());
        } catch (InputException e) {
            throw new IllegalStateException("the shipped rule base does not load: " + MgcException.of(e.errors()).getMessage(), e);
        }
    }

    /** These revisions plus a revision document named {@code name} in errors. */
    LoadedRevisions withText(String name, String revision) {
        List<RevisionCatalog.Text> texts = new ArrayList<>(userTexts);
        texts.add(new RevisionCatalog.Text(name, revision));
        return new LoadedRevisions(ruleBase, shippedFiles, userFiles, texts);
    }

    /** These revisions plus a revision file. */
    LoadedRevisions withFile(Path file) {
        List<InputFile> files = new ArrayList<>(userFiles);
        files.add(InputFile.of(file));
        return new LoadedRevisions(ruleBase, shippedFiles, files, userTexts);
    }

    /** How many hypothetical revisions were added, files and texts. */
    int added() {
        return userFiles.size() + userTexts.size();
    }

    /** The revisions named, each once, in the order given; none means the current one plus every hypothetical one. */
    List<Revision> select(String... ids) {
        List<Revision> selected = new ArrayList<>();
        if (ids.length == 0) {
            selected.add(catalog.current());
            selected.addAll(catalog.hypothetical());
            return selected;
        }
        for (String id : ids) {
            Revision revision = find(id);
            if (!selected.contains(revision)) {
                selected.add(revision);
            }
        }
        return selected;
    }

    /** The revision with this id. */
    Revision find(String id) {
        Optional<Revision> revision = catalog.find(id);
        return revision.orElseThrow(() -> MgcException.of("revision " + id, "unknown revision \"" + id + "\"; known: "
                + String.join(", ", catalog.all().stream().map(Revision::id).toList())));
    }

    RuleBase ruleBase() {
        return ruleBase;
    }

    List<InputFile> shippedFiles() {
        return shippedFiles;
    }

    List<InputFile> userFiles() {
        return userFiles;
    }

    List<RevisionCatalog.Text> userTexts() {
        return userTexts;
    }

    RevisionCatalog catalog() {
        return catalog;
    }

    DocumentReader reader() {
        return reader;
    }
}
