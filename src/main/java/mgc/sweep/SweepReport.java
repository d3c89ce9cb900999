package mgc.sweep;

import mgc.document.InputError;
import mgc.output.Report;

/** The report of {@code mgc sweep}: the boundaries of one grid, written when the sweep is done. */
public interface SweepReport extends Report<Boundary.Result, Void> {

    /** The whole report of one sweep: its revisions, its boundaries, the end. */
    default void write(Boundary.Result result) throws java.io.IOException {
        begin(result.request().revisions());
        result(result);
        end(null);
    }

    /** Never called: sweep refuses bad arguments and revision files before the grid is evaluated. */
    @Override
    default void error(InputError error) {
        throw new IllegalStateException("a sweep has no input errors once it runs: " + error.describe());
    }
}
