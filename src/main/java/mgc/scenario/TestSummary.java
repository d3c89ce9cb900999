package mgc.scenario;

/** Counts for the closing line of {@code mgc test}. */
public record TestSummary(int files, int scenarios, int expectations, int passed, int failed, int errors) {

    public TestSummary add(ScenarioRun run) {
        // An unchanged claim counts as one expectation: it is one test in every format.
        int pass = run.passedTests();
        return new TestSummary(files, scenarios + 1, expectations + run.tests(), passed + pass,
                failed + run.tests() - pass, errors + run.errors().size());
    }

    /** The closing line, e.g. {@code 3 scenarios in 1 file, 7 expectations: 7 passed, 0 failed, 0 errors}. */
    public String line() {
        return scenarios + " scenario" + (scenarios == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s") + ", "
                + expectations + " expectation" + (expectations == 1 ? "" : "s") + ": " + passed + " passed, " + failed
                + " failed, " + errors + " error" + (errors == 1 ? "" : "s");
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
