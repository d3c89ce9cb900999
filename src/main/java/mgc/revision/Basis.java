package mgc.revision;

import java.util.List;
import java.util.Optional;
import mgc.document.Location;

/**
 * Why a term says what it says: the sources it rests on and, where the record is unclear or the
 * rule base had to choose, the reading it takes. Shown beside every finding the term produces.
 */
public record Basis(List<Source> sources, Optional<String> reading, Location location) {

    public Basis {
        sources = List.copyOf(sources);
    }

    /** Sources as one line: {@code Yonhap (hankyung.com 2020-05-07); asahi.com 2012-10-07}. */
    public String citation() {
        return String.join("; ", sources.stream().map(Source::cite).toList());
    }
}
