package mgc.cli;

/**
 * Drools logs through SLF4J (slf4j-simple here). The CLI is quiet by default and verbose with
 * --verbose; the level must be set before the first logger is created.
 */
final class Logging {

    private Logging() {}

    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // Drools logs rule compile errors itself; mgc reports them as file:line:col, so its own
        // copy is noise unless asked for.
        if (!verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.org.drools", "off");
            System.setProperty("org.slf4j.simpleLogger.log.org.kie", "off");
        }
    }
}
