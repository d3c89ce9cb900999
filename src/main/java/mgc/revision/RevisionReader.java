package mgc.revision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.FieldReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.Location;
import mgc.document.Node;
import mgc.spec.SystemType;

/**
 * Reads one revision file (one YAML or JSON document) into a draft. Revision files are data
 * only: every key is from a fixed vocabulary, and nothing names a class, a path or code.
 */
final class RevisionReader {

    /**
     * Revision data is small (the shipped curves have three points, the revisions five sources);
     * these bounds keep a hostile file from making every command that walks a curve (compare,
     * sweep, HTML charts) or the citations slow, and each is its own error at the list.
     */
    static final int MAX_SOURCES = 1000;

    /** The first source ids, for a message: a long list would swamp it. */
    private static String known(java.util.Collection<String> ids) {
        List<String> first = ids.stream().limit(10).toList();
        return String.join(", ", first) + (ids.size() > first.size() ? ", ... (" + ids.size() + " in all)" : "");
    }

    static final List<String> FIELDS = List.of("id", "title", "date", "dates", "date-reading", "reading", "current", "extends",
            "sources", "terms", "notes");
    private static final List<String> DATE_FIELDS = List.of("date", "event", "source");
    private static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final java.util.regex.Pattern READING_ID = java.util.regex.Pattern.compile(ID_PATTERN + "~" + ID_PATTERN);
    private static final List<String> SOURCE_FIELDS = List.of("id", "cite");
    private static final List<String> BASIS_FIELDS = List.of("source", "reading");

    RevisionDraft read(String file, List<Node> documents, boolean shipped) throws InputException {
        if (documents.size() != 1) {
            throw new InputException(InputError.at(documents.get(1).location(), null,
                    "a revision file holds exactly one document, found " + documents.size()));
        }
        Node document = documents.get(0);
        List<InputError> errors = new ArrayList<>();
        FieldReader fields = FieldReader.of(document, "", errors).orElseThrow(() -> new InputException(errors));
        fields.rejectUnknown(FIELDS);
        Optional<String> id = revisionId(fields, "id", true);
        Optional<String> title = fields.text("title", true);
        // Judged on the id as written, so a malformed reading id is one error, not three.
        Optional<String> baseId = fields.get("id").filter(n -> n instanceof Node.ScalarNode)
                .flatMap(n -> AlternativeReading.baseOf(((Node.ScalarNode) n).text()));
        // An alternative reading takes its base's dates unless it gives its own.
        Optional<String> date = fields.identifier("date", baseId.isEmpty());
        date.flatMap(RevisionDates::problem).ifPresent(problem -> fields.error("date", problem));
        Optional<Boolean> current = fields.bool("current");
        Optional<String> extendsId = revisionId(fields, "extends", baseId.isPresent());
        Optional<String> reading = fields.has("reading") || baseId.isPresent() ? fields.text("reading", true) : Optional.empty();
        if (baseId.isPresent()) {
            // A malformed id was reported already (one error, not two; and no id to quote).
            if (id.isPresent() && extendsId.isPresent() && !extendsId.get().equals(baseId.get())) {
                fields.error("extends", "an alternative reading extends the revision it reads: \"" + id.get()
                        + "\" must extend \"" + baseId.get() + "\", not \"" + extendsId.get() + "\"");
            }
            if (current.orElse(false)) {
                fields.error("current", "an alternative reading is never current");
            }
        } else if (reading.isPresent()) {
            fields.error("reading", "only an alternative reading (id BASE~NAME) has a top-level reading; "
                    + "a term's reading goes under the term");
        }
        Map<String, Source> sources = readSources(fields);
        List<DatedEvent> dates = readDates(fields, sources, date);
        Optional<String> dateReading = fields.has("date-reading") ? fields.text("date-reading", true) : Optional.empty();
        List<String> notes = readNotes(fields);
        Map<SystemType, Map<String, Optional<Term>>> terms = new EnumMap<>(SystemType.class);
        List<SystemType> removedTypes = new ArrayList<>();
        readTerms(fields, sources, terms, removedTypes);
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        Map<String, Location> locations = new HashMap<>();
        FIELDS.stream().filter(fields::has).forEach(f -> locations.put(f, fields.locationOf(f)));
        return new RevisionDraft(id.orElseThrow(), title.orElseThrow(), date, dates, dateReading, reading, current, extendsId,
                List.copyOf(sources.values()), terms, removedTypes, notes, file, document.location(), locations, shipped);
    }

    /**
     * A revision id: letters, digits, '.', '_' or '-', or an alternative reading's id
     * {@code BASE~NAME} made of two such parts.
     */
    private static Optional<String> revisionId(FieldReader fields, String key, boolean required) {
        Optional<Node> node = fields.get(key);
        if (node.isPresent() && node.get() instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.STRING
                && scalar.text().indexOf(AlternativeReading.SEPARATOR) >= 0) {
            String text = scalar.text();
            if (!READING_ID.matcher(text).matches()) {
                fields.error(key, "an alternative reading's id is BASE~NAME, each part letters, digits, '.', '_' or '-', got \""
                        + text + "\"");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        return fields.identifier(key, required);
    }

    private List<DatedEvent> readDates(FieldReader fields, Map<String, Source> sources, Optional<String> date) {
        List<DatedEvent> dates = new ArrayList<>();
        List<Node> items = fields.list("dates", false).orElse(List.of());
        if (fields.has("dates") && items.isEmpty()) {
            fields.error("dates", "list at least one date, or leave dates out");
        }
        for (int i = 0; i < items.size(); i++) {
            FieldReader.of(items.get(i), fields.pathOf("dates") + "[" + i + "]", fields.errors()).ifPresent(entry -> {
                entry.rejectUnknown(DATE_FIELDS);
                Optional<String> when = entry.identifier("date", true);
                when.flatMap(RevisionDates::problem).ifPresent(problem -> entry.error("date", problem));
                Optional<String> event = entry.text("event", true);
                Optional<Basis> basis = readBasis(entry, sources);
                if (when.isPresent() && event.isPresent() && basis.isPresent()) {
                    if (dates.stream().anyMatch(d -> d.date().equals(when.get()))) {
                        entry.error("date", "duplicate date " + when.get());
                    }
                    dates.add(new DatedEvent(when.get(), event.get(), basis.get().sources()));
                }
            });
        }
        if (!items.isEmpty() && date.isPresent() && dates.size() == items.size()
                && dates.stream().noneMatch(d -> d.date().equals(date.get()))) {
            fields.error("date", "the default date " + date.get() + " must be one of the dates listed under dates: ("
                    + String.join(", ", dates.stream().map(DatedEvent::date).toList()) + ")");
        }
        return dates;
    }

    private Map<String, Source> readSources(FieldReader fields) {
        Map<String, Source> sources = new LinkedHashMap<>();
        // A revision that only extends another cites nothing of its own; any term it writes must
        // cite a source listed here, which the term's own check reports.
        Optional<List<Node>> list = fields.list("sources", !fields.has("extends"));
        if (list.isPresent() && list.get().isEmpty()) {
            fields.error("sources", "list at least one source: every term must cite one");
        }
        List<Node> items = list.orElse(List.of());
        if (items.size() > MAX_SOURCES) {
            fields.error("sources", items.size() + " sources, over the limit of " + MAX_SOURCES + " for one revision");
            return sources;
        }
        for (int i = 0; i < items.size(); i++) {
            FieldReader.of(items.get(i), fields.pathOf("sources") + "[" + i + "]", fields.errors()).ifPresent(source -> {
                source.rejectUnknown(SOURCE_FIELDS);
                Optional<String> sourceId = source.identifier("id", true);
                Optional<String> cite = source.text("cite", true);
                if (sourceId.isPresent() && cite.isPresent()) {
                    if (sources.containsKey(sourceId.get())) {
                        source.error("id", "duplicate source id \"" + sourceId.get() + "\"");
                    } else {
                        sources.put(sourceId.get(), new Source(sourceId.get(), cite.get()));
                    }
                }
            });
        }
        return sources;
    }

    private List<String> readNotes(FieldReader fields) {
        List<String> notes = new ArrayList<>();
        List<Node> items = fields.list("notes", false).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.STRING) {
                notes.add(scalar.text());
            } else {
                fields.errors().add(InputError.at(item.location(), fields.pathOf("notes") + "[" + i + "]",
                        "expected a string, got " + item.kindName()));
            }
        }
        return notes;
    }

    private void readTerms(FieldReader fields, Map<String, Source> sources,
                           Map<SystemType, Map<String, Optional<Term>>> terms, List<SystemType> removedTypes) {
        if (fields.get("terms").filter(RevisionReader::isNone).isPresent()) {
            return; // "terms:" left empty, or "terms: none": a revision with no limits at all
        }
        Optional<FieldReader> maybe = fields.child("terms", false);
        if (maybe.isEmpty()) {
            return;
        }
        FieldReader byType = maybe.get();
        byType.rejectUnknown(SystemType.byId().keySet());
        for (Map.Entry<String, SystemType> entry : SystemType.byId().entrySet()) {
            Optional<Node> node = byType.get(entry.getKey());
            if (node.isEmpty()) {
                continue;
            }
            if (isNone(node.get())) {
                removedTypes.add(entry.getValue());
                continue;
            }
            FieldReader.of(node.get(), byType.pathOf(entry.getKey()), fields.errors()).ifPresent(termFields -> {
                termFields.rejectUnknown(Term.keys());
                Map<String, Optional<Term>> typeTerms = new LinkedHashMap<>();
                for (String key : Term.keys()) {
                    termFields.get(key).ifPresent(value -> {
                        if (isNone(value)) {
                            typeTerms.put(key, Optional.empty());
                        } else {
                            termFields.child(key, true).flatMap(t -> readTerm(key, t, sources))
                                    .ifPresent(term -> typeTerms.put(key, Optional.of(term)));
                        }
                    });
                }
                terms.put(entry.getValue(), typeTerms);
            });
        }
    }

    private static boolean isNone(Node node) {
        return node instanceof Node.ScalarNode scalar
                && (scalar.kind() == Node.ScalarKind.NULL || "none".equals(scalar.text())
                        || (scalar.kind() == Node.ScalarKind.STRING && scalar.text().isEmpty()));
    }

    private Optional<Term> readTerm(String key, FieldReader t, Map<String, Source> sources) {
        Term.Kind kind = Term.kind(key).orElseThrow(() -> new IllegalStateException(key));
        List<String> known = new ArrayList<>(BASIS_FIELDS);
        known.addAll(kind.fields());
        t.rejectUnknown(known);
        int before = t.errors().size();
        Optional<Basis> basis = readBasis(t, sources);
        Optional<Term> term = kind.reader().read(t, basis);
        return t.errors().size() == before ? term : Optional.empty();
    }

    private Optional<Basis> readBasis(FieldReader t, Map<String, Source> sources) {
        Optional<List<Node>> ids = t.list("source", true);
        Optional<String> reading = t.has("reading") ? t.text("reading", true) : Optional.empty();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        if (ids.get().size() > MAX_SOURCES) {
            t.error("source", ids.get().size() + " citations, over the limit of " + MAX_SOURCES + " for one term");
            return Optional.empty();
        }
        List<Source> cited = new ArrayList<>();
        for (Node node : ids.get()) {
            if (node instanceof Node.ScalarNode scalar && scalar.kind() == Node.ScalarKind.STRING
                    && sources.containsKey(scalar.text())) {
                cited.add(sources.get(scalar.text()));
            } else {
                t.errors().add(InputError.at(node.location(), t.pathOf("source"), "\"" + (node instanceof Node.ScalarNode s ? s.text() : node.kindName())
                        + "\" is not a source id listed under sources: (" + known(sources.keySet()) + ")"));
            }
        }
        if (cited.isEmpty() && ids.get().isEmpty()) {
            t.error("source", "cite at least one source");
        }
        return Optional.of(new Basis(cited, reading, t.node().location()));
    }
}
