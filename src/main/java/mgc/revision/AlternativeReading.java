package mgc.revision;

/**
 * Marks a revision as an alternative reading of another where the record is unclear, e.g.
 * {@code 2012~550km} reads the 2012 trade-off with 550 km -> 1,000 kg. A reading extends its base,
 * is never current, and is not part of the guideline's history; it answers "would the verdict
 * change if the record meant this?".
 *
 * @param baseId  the revision it reads differently (the part of its id before {@code ~})
 * @param summary the reading in one line, with its source
 */
public record AlternativeReading(String baseId, String summary) {

    /** The separator between a base id and a reading's name. */
    public static final char SEPARATOR = '~';

    /** The base id of a reading id, or empty when the id is not a reading's. */
    public static java.util.Optional<String> baseOf(String id) {
        int at = id.indexOf(SEPARATOR);
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(id.substring(0, at));
    }
}
