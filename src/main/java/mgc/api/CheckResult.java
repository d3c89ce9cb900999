package mgc.api;

import java.util.List;
import java.util.Optional;

/**
 * What {@link Guideline#check(Spec, String...)} found for one system: one verdict per revision,
 * in the order the revisions were asked for; the same content as that system's entries in
 * {@code mgc check --format json}.
 *
 * @param spec     the system checked
 * @param verdicts one verdict per revision
 */
public record CheckResult(Spec spec, List<Verdict> verdicts) {

    /**
     * A result; the list is copied.
     *
     * @param spec     the system checked
     * @param verdicts one verdict per revision
     */
    public CheckResult {
        verdicts = List.copyOf(verdicts);
    }

    /**
     * The verdict under one revision.
     *
     * @param revision a revision id that was checked
     * @return its verdict
     * @throws IllegalArgumentException when that revision was not checked
     */
    public Verdict verdict(String revision) {
        return find(revision).orElseThrow(() -> new IllegalArgumentException("revision \"" + revision
                + "\" was not checked; checked: " + String.join(", ", verdicts.stream().map(Verdict::revision).toList())));
    }

    /**
     * The verdict under one revision, if it was checked.
     *
     * @param revision a revision id
     * @return its verdict, or empty
     */
    public Optional<Verdict> find(String revision) {
        return verdicts.stream().filter(v -> v.revision().equals(revision)).findFirst();
    }

    /**
     * Whether every revision checked permits the system.
     *
     * @return true when no verdict is prohibited
     */
    public boolean permittedUnderAll() {
        return verdicts.stream().allMatch(Verdict::isPermitted);
    }

    /**
     * The result as the command line prints it: the system, then each verdict with its checks.
     *
     * @return several lines of text
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(spec.toString());
        verdicts.forEach(v -> out.append("\n").append(v.toString().indent(2).stripTrailing()));
        return out.toString();
    }
}
