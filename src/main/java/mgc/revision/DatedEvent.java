package mgc.revision;

import java.util.List;

/**
 * One date the record gives for a revision, with what happened on it and the sources that state
 * it, e.g. 2017-09-04, "agreed in principle".
 */
public record DatedEvent(String date, String event, List<Source> sources) {

    public DatedEvent {
        sources = List.copyOf(sources);
    }
}
