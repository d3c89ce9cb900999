package mgc.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.InputFile;
import mgc.document.Location;
import mgc.spec.SystemType;

/**
 * Every known revision, resolved: the rule base's own (exactly one marked current) and any
 * hypothetical ones the user gave. Shipped revisions come first, by date; user revisions follow
 * in the order given.
 */
public final class RevisionCatalog {

    private final List<Revision> revisions;
    private final List<Revision> readings;

    private RevisionCatalog(List<Revision> resolved) {
        this.revisions = resolved.stream().filter(r -> !r.isReading()).toList();
        this.readings = resolved.stream().filter(Revision::isReading).toList();
    }

    /** The catalog, and the errors of any revision file that could not be used. */
    public record Loaded(RevisionCatalog catalog, List<InputError> errors) {}

    /** The revisions proper, shipped then hypothetical; alternative readings are in {@link #readings()}. */
    public List<Revision> all() {
        return revisions;
    }

    public List<Revision> shipped() {
        return revisions.stream().filter(Revision::shipped).toList();
    }

    public List<Revision> hypothetical() {
        return revisions.stream().filter(r -> !r.shipped()).toList();
    }

    /** Alternative readings ({@code BASE~NAME}), shipped then the user's, each after its base's position. */
    public List<Revision> readings() {
        return readings;
    }

    /** The alternative readings of one revision, in catalog order. */
    public List<Revision> readingsOf(String baseId) {
        return readings.stream().filter(r -> r.readingOf().orElseThrow().baseId().equals(baseId)).toList();
    }

    /** Every revision and every alternative reading: what {@code --revision}, compare and scenarios may name. */
    public List<Revision> everything() {
        List<Revision> everything = new ArrayList<>(revisions);
        everything.addAll(readings);
        return everything;
    }

    public Optional<Revision> find(String id) {
        return everything().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Every id that {@link #find} knows, for messages: {@code 1979, 2001, ... (readings: 2012~550km, ...)}. */
    public String ids() {
        String ids = String.join(", ", revisions.stream().map(Revision::id).toList());
        return readings.isEmpty() ? ids : ids + " (readings: " + String.join(", ", readings.stream().map(Revision::id).toList()) + ")";
    }

    public Revision current() {
        return revisions.stream().filter(Revision::current).findFirst()
                .orElseThrow(() -> new IllegalStateException("no current revision"));
    }

    /**
     * Reads and resolves revision files. Errors in the rule base's own files, or a count of
     * current revisions other than one, make the rule base unusable and are thrown; errors in
     * user files are returned beside a catalog without those revisions.
     */
    public static Loaded load(DocumentReader reader, List<InputFile> shippedFiles, List<InputFile> userFiles) throws InputException {
        return load(reader, shippedFiles, userFiles, List.of());
    }

    /**
     * A revision document held in memory (given to the library API as a string or a Reader),
     * read as YAML (which includes JSON) and named {@code name} in messages.
     */
    public record Text(String name, String text) {}

    /** As {@link #load(DocumentReader, List, List)}, with user revisions from files and then from texts. */
    public static Loaded load(DocumentReader reader, List<InputFile> shippedFiles, List<InputFile> userFiles,
                              List<Text> userTexts) throws InputException {
        RevisionReader revisionReader = new RevisionReader();
        List<RevisionDraft> shipped = new ArrayList<>();
        List<InputError> shippedErrors = new ArrayList<>();
        for (InputFile file : shippedFiles) {
            try {
                shipped.add(revisionReader.read(file.name(), reader.read(file), true));
            } catch (InputException e) {
                shippedErrors.addAll(e.errors());
            }
        }
        if (!shippedErrors.isEmpty()) {
            throw new InputException(shippedErrors);
        }
        List<RevisionDraft> user = new ArrayList<>();
        List<InputError> userErrors = new ArrayList<>();
        for (InputFile file : userFiles) {
            try {
                user.add(revisionReader.read(file.name(), reader.read(file), false));
            } catch (InputException e) {
                userErrors.addAll(e.errors());
            }
        }
        for (Text text : userTexts) {
            try {
                byte[] bytes = text.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                user.add(revisionReader.read(text.name(), reader.read(text.name(), bytes, mgc.document.Format.YAML), false));
            } catch (InputException e) {
                userErrors.addAll(e.errors());
            }
        }
        return resolve(shipped, user, userErrors);
    }

    static Loaded resolve(List<RevisionDraft> shipped, List<RevisionDraft> user, List<InputError> errors) throws InputException {
        List<RevisionDraft> ordered = new ArrayList<>(shipped);
        // An alternative reading without a date of its own sorts at its base's date, after the base.
        Map<String, String> dates = new HashMap<>();
        shipped.forEach(d -> d.date().ifPresent(date -> dates.putIfAbsent(d.id(), date)));
        ordered.sort(Comparator.comparing((RevisionDraft d) -> RevisionDates.start(effectiveDate(d, dates)))
                .thenComparing(d -> d.id().indexOf(AlternativeReading.SEPARATOR) >= 0)
                .thenComparing(RevisionDraft::id));
        Map<String, RevisionDraft> byId = new LinkedHashMap<>();
        List<InputError> shippedErrors = new ArrayList<>();
        for (RevisionDraft draft : ordered) {
            if (byId.putIfAbsent(draft.id(), draft) != null) {
                shippedErrors.add(InputError.at(draft.locationOf("id"), "id", "revision \"" + draft.id()
                        + "\" is also defined in " + byId.get(draft.id()).file()));
            }
        }
        List<RevisionDraft> currents = ordered.stream().filter(d -> d.current().orElse(false)).toList();
        if (currents.size() != 1 && !ordered.isEmpty()) {
            shippedErrors.add(InputError.ofFile(ordered.get(0).file(), "exactly one revision of the rule base must be marked "
                    + "current: true, found " + currents.size()));
        }
        List<RevisionDraft> acceptedUser = new ArrayList<>();
        for (RevisionDraft draft : user) {
            if (byId.containsKey(draft.id())) {
                errors.add(InputError.at(draft.locationOf("id"), "id", "revision \"" + draft.id()
                        + "\" is already defined in " + byId.get(draft.id()).file() + "; give the hypothetical revision its own id"));
            } else if (draft.current().orElse(false)) {
                errors.add(InputError.at(draft.locationOf("current"), "current",
                        "only the rule base's own revisions may be marked current"));
            } else {
                byId.put(draft.id(), draft);
                acceptedUser.add(draft);
            }
        }
        List<Revision> resolved = new ArrayList<>();
        Map<String, Revision> done = new HashMap<>();
        for (RevisionDraft draft : ordered) {
            try {
                resolved.add(resolveOne(draft, byId, done, new LinkedHashSet<>()));
            } catch (InputException e) {
                shippedErrors.addAll(e.errors());
            }
        }
        if (!shippedErrors.isEmpty()) {
            throw new InputException(shippedErrors);
        }
        for (RevisionDraft draft : acceptedUser) {
            try {
                resolved.add(resolveOne(draft, byId, done, new LinkedHashSet<>()));
            } catch (InputException e) {
                errors.addAll(e.errors());
            }
        }
        return new Loaded(new RevisionCatalog(resolved), errors);
    }

    private static String effectiveDate(RevisionDraft draft, Map<String, String> dates) {
        return draft.date().orElseGet(() -> draft.extendsId().map(dates::get).orElse("9999"));
    }

    /**
     * Resolves a revision and, first, the revisions it extends. Iterative, not recursive: a chain
     * of thousands of {@code extends} must not overflow the stack. The chain is walked up to a
     * resolved revision (or one that extends nothing), then resolved top down.
     */
    private static Revision resolveOne(RevisionDraft draft, Map<String, RevisionDraft> byId, Map<String, Revision> done,
                                       Set<String> visiting) throws InputException {
        Revision known = done.get(draft.id());
        if (known != null) {
            return known;
        }
        List<RevisionDraft> chain = new ArrayList<>();
        Revision parent = null;
        for (RevisionDraft at = draft; ; ) {
            if (!visiting.add(at.id())) {
                Location where = at.locationOf("extends");
                throw new InputException(InputError.at(where, "extends", "revision extends cycle: "
                        + String.join(" -> ", visiting) + " -> " + at.id()));
            }
            chain.add(at);
            if (at.extendsId().isEmpty()) {
                break;
            }
            RevisionDraft parentDraft = byId.get(at.extendsId().get());
            if (parentDraft == null) {
                throw new InputException(InputError.at(at.locationOf("extends"), "extends", "unknown revision \""
                        + at.extendsId().get() + "\"; known: " + knownIds(byId.keySet())));
            }
            parent = done.get(parentDraft.id());
            if (parent != null) {
                break;
            }
            at = parentDraft;
        }
        Revision revision = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            revision = resolveOver(chain.get(i), parent);
            done.put(revision.id(), revision);
            parent = revision;
        }
        visiting.clear();
        return revision;
    }

    private static String knownIds(Set<String> ids) {
        List<String> first = ids.stream().limit(20).toList();
        return String.join(", ", first) + (ids.size() > first.size() ? ", ... (" + ids.size() + " in all)" : "");
    }

    /** One revision over its resolved parent (null when it extends nothing). */
    private static Revision resolveOver(RevisionDraft draft, Revision parent) {
        Map<SystemType, Map<String, Term>> terms = new EnumMap<>(SystemType.class);
        // By id, in order: a source of the draft replaces the parent's of the same id, moving to
        // the end (as before), in linear time however many sources there are.
        Map<String, Source> sources = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Dating dating = draft.date().map(d -> new Dating(d, draft.dates(), draft.dateReading())).orElse(null);
        if (parent != null) {
            terms.putAll(Revision.mutableTerms(parent.terms()));
            parent.sources().forEach(source -> sources.put(source.id(), source));
            notes.addAll(parent.notes());
            if (dating == null) {
                dating = parent.dating();
            }
        }
        draft.removedTypes().forEach(terms::remove);
        draft.terms().forEach((type, overrides) -> {
            Map<String, Term> typeTerms = terms.computeIfAbsent(type, t -> new LinkedHashMap<>());
            overrides.forEach((key, term) -> {
                if (term.isPresent()) {
                    typeTerms.put(key, term.get());
                } else {
                    typeTerms.remove(key);
                }
            });
        });
        for (Source source : draft.sources()) {
            sources.remove(source.id());
            sources.put(source.id(), source);
        }
        notes.addAll(draft.notes());
        Map<SystemType, List<Term>> ordered = new EnumMap<>(SystemType.class);
        terms.forEach((type, byKey) -> {
            List<Term> list = Term.keys().stream().map(byKey::get).filter(t -> t != null).toList();
            if (!list.isEmpty()) {
                ordered.put(type, list);
            }
        });
        Optional<AlternativeReading> readingOf = AlternativeReading.baseOf(draft.id())
                .map(base -> new AlternativeReading(base, draft.reading().orElseThrow()));
        return new Revision(draft.id(), draft.title(), dating, draft.current().orElse(false),
                draft.extendsId(), new ArrayList<>(sources.values()), ordered, notes, draft.file(), draft.shipped(), readingOf);
    }
}
