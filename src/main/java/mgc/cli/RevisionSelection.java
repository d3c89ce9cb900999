package mgc.cli;

import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.RuleSet;
import mgc.revision.Revision;
import mgc.revision.RevisionCatalog;

/** Which revisions a command runs against, from --revision / --all-revisions. */
final class RevisionSelection {

    private RevisionSelection() {}

    /**
     * As {@link #select(RevisionCatalog, List, boolean)}; an unknown id when a --revision-file was
     * refused also reports that file's own errors, the likely reason its revision is unknown.
     */
    static List<Revision> select(RuleSet ruleSet, List<String> ids, boolean all) throws InputException {
        try {
            return select(ruleSet.catalog(), ids, all);
        } catch (InputException e) {
            if (ruleSet.revisionErrors().isEmpty()) {
                throw e;
            }
            List<InputError> errors = new ArrayList<>(ruleSet.revisionErrors());
            for (InputError error : e.errors()) {
                errors.add(new InputError(error.file(), error.line(), error.column(), error.field(), error.message()
                        + " (a --revision-file has errors, above, so its revision is left out)"));
            }
            throw new InputException(errors);
        }
    }

    static List<Revision> select(RevisionCatalog catalog, List<String> ids, boolean all) throws InputException {
        if (all) {
            return catalog.all();
        }
        if (ids.isEmpty()) {
            List<Revision> selected = new ArrayList<>();
            selected.add(catalog.current());
            selected.addAll(catalog.hypothetical());
            return selected;
        }
        List<Revision> selected = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (String id : ids) {
            catalog.find(id).ifPresentOrElse(r -> {
                if (!selected.contains(r)) {
                    selected.add(r);
                }
            }, () -> errors.add(new InputError("--revision", 0, 0, null, "unknown revision \"" + id
                    + "\"; known: " + catalog.ids())));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return selected;
    }
}
