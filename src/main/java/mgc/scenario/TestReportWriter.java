package mgc.scenario;

import java.io.IOException;
import java.util.Optional;
import mgc.document.InputError;

/** Writes the results of {@code mgc test} in one format, streamed scenario by scenario. */
public interface TestReportWriter {

    void run(ScenarioRun run) throws IOException;

    void error(InputError error) throws IOException;

    /**
     * @param coverage   the suite's rule coverage, when asked for
     * @param minimum    the --min-coverage bound, when given
     */
    void end(TestSummary summary, Optional<Coverage> coverage, Optional<Double> minimum) throws IOException;
}
