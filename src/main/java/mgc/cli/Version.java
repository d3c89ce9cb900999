package mgc.cli;

import picocli.CommandLine.IVersionProvider;

/** What -V/--version prints, on every command: mgc's version, and the Java that runs it. */
final class Version implements IVersionProvider {

    /** The release this source is; the jar's manifest wins when it names one. */
    static final String RELEASE = "0.1.0";

    @Override
    public String[] getVersion() {
        String packaged = Version.class.getPackage().getImplementationVersion();
        return new String[] {"mgc " + (packaged == null ? RELEASE : packaged),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"};
    }
}
