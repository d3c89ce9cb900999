package mgc.revision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates as revision files and {@code --as-of} write them: YYYY, YYYY-MM or YYYY-MM-DD. A partial
 * date stands for its first day, so 1979-09 orders before 1979-09-10 and {@code --as-of 2017}
 * asks about 1 Jan 2017.
 */
public final class RevisionDates {

    private RevisionDates() {}

    public static final String PATTERN = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    /** The first day a date names; throws DateTimeException when it is not a real date. */
    public static LocalDate start(String date) {
        if (!date.matches(PATTERN)) {
            throw new DateTimeException("expected YYYY, YYYY-MM or YYYY-MM-DD, got \"" + date + "\"");
        }
        String[] parts = date.split("-");
        int year = Integer.parseInt(parts[0]);
        int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
        int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
        return LocalDate.of(year, month, day);
    }

    /** The problem with a date as written, or empty when it is a valid date. */
    public static Optional<String> problem(String date) {
        try {
            start(date);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(date.matches(PATTERN) ? "not a calendar date: \"" + date + "\"" : e.getMessage());
        }
    }
}
