package mgc.cli;

/** Exit statuses shared by every command, as CI scripts rely on them. */
public final class ExitStatus {
    /** Everything permitted, every scenario passed, revisions equivalent. */
    public static final int OK = 0;
    /** At least one prohibited verdict, failed scenario, or difference. */
    public static final int FINDINGS = 1;
    /** Bad input or usage; wins over FINDINGS. */
    public static final int ERROR = 2;

    private ExitStatus() {}
}
