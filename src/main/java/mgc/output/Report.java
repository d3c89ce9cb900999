package mgc.output;

import java.io.IOException;
import java.util.List;
import mgc.document.InputError;
import mgc.revision.Revision;

/**
 * What every command writes, in every format (conftest's {@code Outputter}): the revisions the run
 * uses, then its results in input order, each written or folded in as it comes so that a large run
 * is never held whole, input errors among them, then the end with the run's counts. A format is
 * one implementation, registered by name in a {@link Formats} table.
 *
 * @param <R> one result: a system's verdicts (check), a scenario's run (test), a comparison, a sweep's boundaries
 * @param <S> what the end needs: the run's counts, or {@link Void} for a command that writes one document
 */
public interface Report<R, S> {

    /** Before the first result: the revisions the run uses, in order. */
    default void begin(List<Revision> revisions) throws IOException {}

    void result(R result) throws IOException;

    /** An input error, in input order among the results; a format that lists errors last buffers it. */
    void error(InputError error) throws IOException;

    void end(S summary) throws IOException;
}
