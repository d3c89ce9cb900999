package mgc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mgc.document.InputError;
import mgc.report.AtomicOutput;
import mgc.output.Formats.Destination;

/**
 * Where every command's report goes: standard output, or with {@code --output FILE} a file
 * written atomically (all or nothing), after which stderr says what it holds and where it is.
 */
final class ReportOutput {

    /** What writing a report came to: the exit status, and the run's closing line when it has one. */
    record Outcome(int status, Optional<String> summary) {}

    /** Writes the report to the destination it is given. */
    @FunctionalInterface
    interface Body {
        Outcome write(Destination destination) throws IOException;
    }

    private ReportOutput() {}

    /** @param output the --output file, or null for standard output */
    static int write(Path output, PrintWriter out, PrintWriter err, Body body) throws IOException {
        if (output == null) {
            // Standard output is only known as a writer, so byte chunks reach it as text.
            return body.write(Destination.of(out, err)).status();
        }
        try (AtomicOutput file = AtomicOutput.create(output)) {
            Outcome outcome = body.write(new Destination(file.writer(), err, Optional.of(file.stream())));
            file.commit();
            // The report went to the file: say on stderr what it holds and where it is.
            outcome.summary().ifPresent(err::println);
            err.println("wrote " + output);
            err.flush();
            return outcome.status();
        } catch (IOException e) {
            return Errors.report(err, List.of(InputError.ofFile(output.toString(), "--output: cannot write: " + e.getMessage())));
        }
    }
}
