package mgc.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.spec.SystemType;

/**
 * A revision of the guideline with its terms resolved (any {@code extends} applied).
 *
 * @param file where it was read from, for messages
 * @param shipped true for the rule base's own revisions, false for a user's hypothetical one
 * @param dating    when it took effect: the date used and any other the record gives
 * @param readingOf present when this is an alternative reading of another revision (id {@code BASE~NAME})
 */
public record Revision(String id, String title, Dating dating, boolean current, Optional<String> extendsId,
                       List<Source> sources, Map<SystemType, List<Term>> terms, List<String> notes,
                       String file, boolean shipped, Optional<AlternativeReading> readingOf) {

    public Revision {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        Map<SystemType, List<Term>> copy = new EnumMap<>(SystemType.class);
        terms.forEach((type, list) -> copy.put(type, List.copyOf(list)));
        terms = Collections.unmodifiableMap(copy);
    }

    /** The date the rule base uses for this revision (YYYY, YYYY-MM or YYYY-MM-DD). */
    public String date() {
        return dating.date();
    }

    /** True for an alternative reading of another revision ({@code 2012~550km}). */
    public boolean isReading() {
        return readingOf.isPresent();
    }

    public List<Term> termsFor(SystemType type) {
        return terms.getOrDefault(type, List.of());
    }

    /** All terms in one line, e.g. {@code ballistic-missile: range <= 800 km; ...}. */
    public String termsLine() {
        List<String> parts = new ArrayList<>();
        for (SystemType type : SystemType.values()) {
            List<Term> list = termsFor(type);
            if (!list.isEmpty()) {
                parts.add(type.id() + ": " + String.join(", ", list.stream().map(Term::summary).toList()));
            }
        }
        return parts.isEmpty() ? "no limits" : String.join("; ", parts);
    }

    /** Label for output: the id, marked when current or hypothetical. */
    public String label() {
        return id + (current ? " (current)" : "") + (readingOf.isPresent() ? " (reading)" : "")
                + (shipped ? "" : " (hypothetical)");
    }

    static Map<SystemType, Map<String, Term>> mutableTerms(Map<SystemType, List<Term>> terms) {
        Map<SystemType, Map<String, Term>> map = new EnumMap<>(SystemType.class);
        terms.forEach((type, list) -> {
            Map<String, Term> byKey = new LinkedHashMap<>();
            list.forEach(t -> byKey.put(t.key(), t));
            map.put(type, byKey);
        });
        return map;
    }
}
