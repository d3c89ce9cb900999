package mgc.scenario;

/** Counts for the closing line of {@code mgc test}. */
public record TestSummary(int files, int scenarios, int expectations, int passed, int failed, int errors) {

    public TestSummary add(ScenarioRun run) {
        int pass = (int) run.results().stream().filter(ExpectationResult::passed).count();
        return new TestSummary(files, scenarios + 1, expectations + run.results().size(), passed + pass,
                failed + run.results().size() - pass, errors + run.errors().size());
    }

    public TestSummary file() {
        return new TestSummary(files + 1, scenarios, expectations, passed, failed, errors);
    }

    public TestSummary error() {
        return new TestSummary(files, scenarios, expectations, passed, failed, errors + 1);
    }

    public static TestSummary empty() {
        return new TestSummary(0, 0, 0, 0, 0, 0);
    }
}
