package mgc.scenario;

import java.util.Optional;
import mgc.output.Report;

/** The report of {@code mgc test}, streamed scenario by scenario. */
public interface TestReport extends Report<ScenarioRun, TestReport.End> {

    /**
     * What the end of a test report shows.
     *
     * @param coverage the suite's rule coverage, when asked for
     * @param minimum  the --min-coverage bound, when given
     */
    record End(TestSummary summary, Optional<Coverage> coverage, Optional<Double> minimum) {

        /** Coverage was asked for with a minimum, and is below it. */
        public boolean belowMinimum() {
            return minimum.isPresent() && coverage.isPresent() && coverage.get().percent() < minimum.get();
        }
    }
}
