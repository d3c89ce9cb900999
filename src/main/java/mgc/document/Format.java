package mgc.document;

import java.util.Locale;
import java.util.Optional;

/** The data formats mgc reads, chosen by file extension. */
public enum Format {
    YAML, JSON,
    /** JSON Lines ({@code .jsonl}): one JSON object a line, read as a stream (see {@link JsonLinesReader}). */
    JSON_LINES;

    public static Optional<Format> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        if (lower.endsWith(".jsonl")) {
            return Optional.of(JSON_LINES);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
