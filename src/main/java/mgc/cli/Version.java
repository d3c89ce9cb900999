package mgc.cli;

import picocli.CommandLine.IVersionProvider;

/** What -V/--version prints, on every command: mgc's version, and the Java that runs it. */
final class Version implements IVersionProvider {

    /** The release this source is; the jar's manifest wins when it names one. */
    static final String RELEASE = "0.1.0";

    /** The version reports carry in their provenance. */
    static String current() {
        String packaged = Version.class.getPackage().getImplementationVersion();
        return packaged == null ? RELEASE : packaged;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mgc " + current(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }
}
