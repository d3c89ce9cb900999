package mgc.cli;

import java.util.ArrayList;
import java.util.List;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.engine.RuleSet;
import mgc.revision.AsOf;
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
        List<Revision> selected = new ArrayList<>(chosen(ruleSet, ids, all, "--revision"));
        // A --revision-file given beside --revision ids is checked too: loading a file and
        // quietly leaving it out of the run would answer a question the user did not ask.
        for (Revision hypothetical : ruleSet.catalog().hypothetical()) {
            if (!selected.contains(hypothetical)) {
                selected.add(hypothetical);
            }
        }
        return selected;
    }

    /** The one revision an argument names (compare's FROM and TO, propose's --from and --to). */
    static Revision one(RuleSet ruleSet, String id, String argument) throws InputException {
        return chosen(ruleSet, List.of(id), false, argument).get(0);
    }

    private static List<Revision> chosen(RuleSet ruleSet, List<String> ids, boolean all, String argument) throws InputException {
        try {
            return select(ruleSet.catalog(), ids, all, argument);
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

    /** Revisions chosen by id and by date, and how each date was resolved (for the report to say). */
    record Chosen(List<Revision> revisions, List<String> dating) {}

    /**
     * As {@link #select(RuleSet, List, boolean)}, plus the revision in force on each {@code --as-of}
     * date. With dates alone, only those revisions are used; with ids too, both.
     */
    static Chosen select(RuleSet ruleSet, List<String> ids, boolean all, List<String> asOf) throws InputException {
        List<Revision> selected = asOf.isEmpty() || !ids.isEmpty() || all
                ? new ArrayList<>(select(ruleSet, ids, all)) : new ArrayList<>();
        List<String> dating = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (String date : asOf) {
            try {
                AsOf resolved = AsOf.of(ruleSet.catalog(), date);
                dating.add(resolved.describe());
                if (!selected.contains(resolved.revision())) {
                    selected.add(resolved.revision());
                }
            } catch (IllegalArgumentException e) {
                errors.add(new InputError("--as-of", 0, 0, null, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return new Chosen(selected, dating);
    }

    static List<Revision> select(RevisionCatalog catalog, List<String> ids, boolean all) throws InputException {
        return select(catalog, ids, all, "--revision");
    }

    private static List<Revision> select(RevisionCatalog catalog, List<String> ids, boolean all, String argument) throws InputException {
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
            }, () -> errors.add(new InputError(argument, 0, 0, null, "unknown revision \"" + id
                    + "\"; known: " + catalog.ids()
                    + (catalog.hypothetical().isEmpty() ? "; a hypothetical revision is loaded with --revision-file FILE" : ""))));
        }
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return selected;
    }
}
