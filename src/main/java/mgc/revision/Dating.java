package mgc.revision;

import java.util.List;
import java.util.Optional;

/**
 * When a revision took effect. Where the record gives two dates (2017: agreed in principle on
 * 4 Sep, adopted on 7 Nov), {@code events} holds both and {@code date} the one the rule base
 * uses by default, with {@code reading} saying why.
 *
 * @param date    the date the rule base uses (YYYY, YYYY-MM or YYYY-MM-DD)
 * @param events  every date the record gives, with sources; may be empty for a user's revision
 * @param reading why the default was chosen, where there is a choice
 */
public record Dating(String date, List<DatedEvent> events, Optional<String> reading) {

    public Dating {
        events = List.copyOf(events);
    }

    public static Dating of(String date) {
        return new Dating(date, List.of(), Optional.empty());
    }

    /** The event of the default date, when the data names one. */
    public Optional<DatedEvent> defaultEvent() {
        return events.stream().filter(e -> e.date().equals(date)).findFirst();
    }

    /** The dates the record gives besides the default. */
    public List<DatedEvent> alternatives() {
        return events.stream().filter(e -> !e.date().equals(date)).toList();
    }

    /** The earliest date the record gives (the default when there is no other). */
    public String earliest() {
        return events.stream().map(DatedEvent::date).filter(d -> RevisionDates.start(d).compareTo(RevisionDates.start(date)) < 0)
                .min((a, b) -> RevisionDates.start(a).compareTo(RevisionDates.start(b))).orElse(date);
    }

    /** The latest date the record gives (the default when there is no other). */
    public String latest() {
        return events.stream().map(DatedEvent::date).filter(d -> RevisionDates.start(d).compareTo(RevisionDates.start(date)) > 0)
                .max((a, b) -> RevisionDates.start(a).compareTo(RevisionDates.start(b))).orElse(date);
    }

    /** E.g. {@code 2017-11-07 (adopted); the record also gives 2017-09-04 (agreed in principle)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(date);
        List<DatedEvent> others = alternatives();
        defaultEvent().ifPresent(e -> text.append(" (").append(e.event()).append(others.isEmpty() ? "" : "; the default").append(')'));
        if (!others.isEmpty()) {
            text.append("; the record also gives ").append(String.join(", ",
                    others.stream().map(e -> e.date() + " (" + e.event() + ")").toList()));
        }
        return text.toString();
    }
}
