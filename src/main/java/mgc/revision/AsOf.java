package mgc.revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The revision in force on a date ({@code --as-of}), and how the answer was reached: which
 * revision date was used, and whether another date the record gives would change it (as of
 * 2017-10-01 the 2012 terms apply by the default date of 2017, its adoption on 7 Nov, but the
 * 2017 terms by its agreement in principle on 4 Sep).
 *
 * <p>Only the guideline's own history counts: the rule base's revisions, not alternative
 * readings nor hypothetical revisions.
 *
 * @param asked    the date as written (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param day      the day it stands for (a partial date: its first day)
 * @param revision the revision in force on {@code day} by every revision's default date
 * @param since    the default date from which it is in force, with its event
 * @param otherwise where another date of the record names a different revision: what and why
 */
public record AsOf(String asked, LocalDate day, Revision revision, String since, List<String> otherwise) {

    public AsOf {
        otherwise = List.copyOf(otherwise);
    }

    /**
     * The revision in force on a date. Throws {@link IllegalArgumentException} with a message for
     * users when the date is malformed or before the first revision.
     */
    public static AsOf of(RevisionCatalog catalog, String asked) {
        Optional<String> problem = RevisionDates.problem(asked);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        LocalDate day = RevisionDates.start(asked);
        List<Revision> history = catalog.shipped();
        Revision inForce = inForce(history, day, null, null)
                .orElseThrow(() -> new IllegalArgumentException("no revision was in force on " + asked + ": the first, "
                        + history.get(0).id() + ", dates from " + history.get(0).date()));
        List<String> otherwise = new ArrayList<>();
        for (Revision revision : history) {
            for (DatedEvent event : revision.dating().alternatives()) {
                Optional<Revision> other = inForce(history, day, revision, RevisionDates.start(event.date()));
                if (other.isPresent() && !other.get().id().equals(inForce.id())) {
                    otherwise.add(other.get().id() + " if " + revision.id() + " is dated " + event.date() + " (" + event.event() + ")");
                } else if (other.isEmpty()) {
                    otherwise.add("no revision if " + revision.id() + " is dated " + event.date() + " (" + event.event() + ")");
                }
            }
        }
        String since = inForce.dating().defaultEvent().map(e -> inForce.date() + " (" + e.event() + ")").orElse(inForce.date());
        return new AsOf(asked, day, inForce, since, otherwise);
    }

    private static Optional<Revision> inForce(List<Revision> history, LocalDate day, Revision redated, LocalDate redate) {
        return history.stream()
                .filter(r -> !start(r, redated, redate).isAfter(day))
                .max(Comparator.comparing((Revision r) -> start(r, redated, redate)).thenComparing(history::indexOf));
    }

    private static LocalDate start(Revision revision, Revision redated, LocalDate redate) {
        return revision == redated ? redate : RevisionDates.start(revision.date());
    }

    /** E.g. {@code as of 2015-06-01: 2012, in force since 2012-10-07 (announced in Seoul)}. */
    public String describe() {
        String text = "as of " + asked + (asked.length() < 10 ? " (read as " + day + ")" : "") + ": " + revision.id()
                + ", in force since " + since + " by the default dates";
        return otherwise.isEmpty() ? text : text + "; by the record's other dates: " + String.join("; ", otherwise);
    }
}
