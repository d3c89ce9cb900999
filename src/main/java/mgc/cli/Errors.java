package mgc.cli;

import java.io.PrintWriter;
import java.util.List;
import mgc.document.InputError;
import mgc.output.Terminal;

/** Prints errors that stop a command before it produces a report. */
final class Errors {

    private Errors() {}

    static int report(PrintWriter err, List<InputError> errors) {
        for (InputError error : errors) {
            err.println(Terminal.errorLine(error));
        }
        err.flush();
        return ExitStatus.ERROR;
    }
}
