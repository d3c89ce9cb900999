package mgc.output;

import java.util.List;

/**
 * What a report needs so its verdicts can be replayed: the tool's version, a digest of the rule
 * base as loaded (DRL and every revision file, user files included) and the revisions used, with
 * how any {@code --as-of} date was resolved. Deterministic: no time stamps.
 *
 * @param toolVersion e.g. {@code 0.1.0}
 * @param ruleBaseDigest {@code sha256:...} of the rule base as loaded
 * @param revisions the ids of the revisions the run used, in report order
 * @param dating one line per {@code --as-of} date: which revision, by which date of the record
 */
public record Provenance(String toolVersion, String ruleBaseDigest, List<String> revisions, List<String> dating) {

    public Provenance {
        revisions = List.copyOf(revisions);
        dating = List.copyOf(dating);
    }

    /** For reports written outside a command run (tests of a writer alone). */
    public static final Provenance UNKNOWN = new Provenance("unknown", "unknown", List.of(), List.of());

    /** One line: {@code mgc 0.1.0, rule base sha256:..., revisions 2012, 2017}. */
    public String line() {
        return "mgc " + toolVersion + ", rule base " + ruleBaseDigest + ", revisions " + String.join(", ", revisions);
    }
}
