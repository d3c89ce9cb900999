package mgc.revision;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import mgc.document.Location;
import mgc.spec.SystemType;

/**
 * A revision file as written, before {@code extends} is applied. In {@code terms}, an empty
 * Optional means the file wrote {@code none}: remove the inherited term. A type mapped to null
 * in {@code removedTypes} likewise removes every inherited term for that type. {@code date} is
 * empty only for an alternative reading ({@code BASE~NAME}), which takes its base's dates.
 */
record RevisionDraft(String id, String title, Optional<String> date, List<DatedEvent> dates, Optional<String> dateReading,
                     Optional<String> reading, Optional<Boolean> current,
                     Optional<String> extendsId, List<Source> sources,
                     Map<SystemType, Map<String, Optional<Term>>> terms, List<SystemType> removedTypes,
                     List<String> notes, String file, Location location, Map<String, Location> fieldLocations,
                     boolean shipped) {

    Location locationOf(String field) {
        return fieldLocations.getOrDefault(field, location);
    }
}
