package mgc.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mgc.capability.CapabilityCheck;
import mgc.capability.CapabilityResult;
import mgc.document.DocumentReader;
import mgc.document.Format;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.Node;
import mgc.engine.Evaluator;
import mgc.report.ReportWriter;
import mgc.report.SystemResult;
import mgc.report.Tally;
import mgc.spec.SpecInputs;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;

/**
 * Runs a batch: each file is read, its systems validated and evaluated, and the results
 * streamed to the writer in input order. A bad file or system is reported and the batch goes on.
 */
public final class CheckRunner {

    private final DocumentReader reader;
    private final SpecReader specReader = new SpecReader();
    private final Evaluator evaluator;
    private final ReportWriter writer;
    private final Tally tally = new Tally();
    private final InputStream stdin;
    private final Optional<CapabilityCheck> capability;

    public CheckRunner(DocumentReader reader, Evaluator evaluator, ReportWriter writer, InputStream stdin) {
        this(reader, evaluator, writer, stdin, Optional.empty());
    }

    /** With {@code capability}, each system is also judged by what its stages can do. */
    public CheckRunner(DocumentReader reader, Evaluator evaluator, ReportWriter writer, InputStream stdin,
                       Optional<CapabilityCheck> capability) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.writer = writer;
        this.stdin = stdin;
        this.capability = capability;
    }

    public Tally tally() {
        return tally;
    }

    /** Reports errors found before the run (bad arguments, bad revision files). */
    public void error(InputError error) throws IOException {
        tally.error();
        writer.error(error);
    }

    public void file(String file) throws IOException {
        tally.file(file);
        List<Node> documents;
        try {
            documents = file.equals(SpecInputs.STDIN)
                    ? reader.read("<stdin>", reader.readBounded("<stdin>", stdin), Format.YAML)
                    : reader.read(Path.of(file));
        } catch (InputException e) {
            for (InputError error : e.errors()) {
                error(error);
            }
            return;
        }
        SpecReader.Result read = specReader.read(documents);
        for (SystemSpec spec : read.systems()) {
            // Declared point first: its trace (--explain) is the engine's record of this verdict; the
            // capability configurations that follow reuse the session.
            List<mgc.engine.Verdict> verdicts = evaluator.evaluate(spec);
            Optional<mgc.engine.Trace> trace = evaluator.lastTrace();
            Optional<CapabilityResult> assessed = capability.map(c -> c.evaluate(spec, evaluator));
            SystemResult result = new SystemResult(file.equals(SpecInputs.STDIN) ? "<stdin>" : file, spec, verdicts,
                    assessed, trace);
            tally.result(result);
            writer.result(result);
        }
        for (InputError error : read.errors()) {
            error(error);
        }
    }
}
