package mgc.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import mgc.cli.Main;

/** Runs the mgc command line in-process and captures what it prints. */
public final class Cli {

    /** What one run returned and printed. */
    public record Run(int status, String out, String err) {}

    private Cli() {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }
}
