package mgc.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mgc.capability.CapabilityAssessment;
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
public final class BatchRunner {

    private final DocumentReader reader;
    private final SpecReader specReader = new SpecReader();
    private final Evaluator evaluator;
    private final ReportWriter writer;
    private final Tally tally = new Tally();
    private final InputStream stdin;
    private final Optional<CapabilityAssessment> capability;
    private final Workers workers;
    private boolean nearest;

    /** How standard input is read: YAML (which also reads one JSON document), JSON Lines, or found out. */
    private StdinFormat stdinFormat = StdinFormat.detect;

    /** What {@code -} holds, from {@code --input-format}. */
    public enum StdinFormat { detect, yaml, json, jsonl }

    /**
     * @param workers threads for JSON Lines files, which are checked in parallel chunks; null to
     *                check them on the calling thread with {@code evaluator}
     */
    public BatchRunner(DocumentReader reader, Evaluator evaluator, ReportWriter writer, InputStream stdin,
                       Workers workers) {
        this(reader, evaluator, writer, stdin, Optional.empty(), workers);
    }

    /** With {@code capability}, each system is also judged by what its stages can do. */
    public BatchRunner(DocumentReader reader, Evaluator evaluator, ReportWriter writer, InputStream stdin,
                       Optional<CapabilityAssessment> capability, Workers workers) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.writer = writer;
        this.stdin = stdin;
        this.capability = capability;
        this.workers = workers;
    }

    /** From now on, find the nearest permitted design of each prohibited system of point figures (--nearest). */
    public void nearest() {
        this.nearest = true;
    }

    /** Reads {@code -} as the given format instead of finding it out from the first line. */
    public BatchRunner stdinFormat(StdinFormat format) {
        this.stdinFormat = format;
        return this;
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
        boolean fromStdin = file.equals(SpecInputs.STDIN);
        String name = fromStdin ? SpecInputs.STDIN_NAME : file;
        tally.file(name);
        InputStream stdinStream = stdin;
        Format format;
        if (fromStdin) {
            BufferedInputStream buffered = new BufferedInputStream(stdin, StdinSniffer.PEEK_BYTES);
            stdinStream = buffered;
            format = switch (stdinFormat) {
                case yaml -> Format.YAML;
                case json -> Format.JSON;
                case jsonl -> Format.JSON_LINES;
                case detect -> StdinSniffer.looksLikeJsonLines(buffered) ? Format.JSON_LINES : Format.YAML;
            };
        } else {
            format = Format.ofFileName(file).orElse(null);
        }
        // The streamed, parallel path gives plain verdicts; with --capability, --explain or --nearest a
        // .jsonl file is read whole (within --max-file-size) and checked like any other file.
        if (format == Format.JSON_LINES && capability.isEmpty() && !evaluator.explaining() && !nearest) {
            if (fromStdin) {
                streamJsonLines(name, stdinStream);
            } else {
                jsonLines(file);
            }
            return;
        }
        List<Node> documents;
        try {
            documents = fromStdin
                    ? reader.read(name, reader.readBounded(name, stdinStream), format)
                    : reader.read(Path.of(file));
        } catch (InputException e) {
            for (InputError error : e.errors()) {
                error(error);
            }
            return;
        }
        SpecReader.Result read = specReader.read(documents);
        for (SystemSpec spec : read.systems()) {
            if (spec.uncertain()) {
                uncertain(name, spec);
                continue;
            }
            // Declared point first: its trace (--explain) is the engine's record of this verdict; the
            // capability configurations that follow reuse the session.
            List<mgc.engine.Verdict> verdicts = evaluator.evaluate(spec);
            Optional<mgc.engine.Trace> trace = evaluator.lastTrace();
            Optional<CapabilityResult> assessed = capability.map(c -> c.evaluate(spec, evaluator));
            SystemResult result = new SystemResult(name, spec, verdicts, assessed, trace);
            if (nearest && result.anyProhibited()) {
                Optional<SystemResult> withNearest = withNearest(result);
                if (withNearest.isEmpty()) {
                    continue;
                }
                result = withNearest.get();
            }
            tally.result(result);
            writer.result(result);
        }
        for (InputError error : read.errors()) {
            error(error);
        }
    }

    /** The result with its nearest permitted designs, or empty after reporting why they cannot be found exactly. */
    private Optional<SystemResult> withNearest(SystemResult result) throws IOException {
        java.util.Map<String, mgc.whatif.Nearest> found = new java.util.TreeMap<>();
        mgc.whatif.NearestDesign design = new mgc.whatif.NearestDesign(evaluator);
        try {
            for (int i = 0; i < result.verdicts().size(); i++) {
                if (result.verdicts().get(i).decision() == mgc.engine.Decision.PROHIBITED) {
                    found.put(result.verdicts().get(i).revision().id(), design.find(result.spec(), i));
                }
            }
        } catch (mgc.compare.AnalysisException e) {
            error(InputError.at(result.spec().location(), null, "cannot find the nearest permitted design of "
                    + result.spec().name() + " exactly: " + e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(result.withNearest(found));
    }

    /** A spec with intervals: its verdict over the whole box; capability needs point figures. */
    private void uncertain(String file, SystemSpec spec) throws IOException {
        if (capability.isPresent()) {
            error(InputError.at(spec.location(), String.join(", ", spec.intervals().keySet()),
                    "the capability model needs point figures; give single values, not intervals, with --capability or --mtcr"));
            return;
        }
        Object checked = IntervalVerdicts.check(file, spec, evaluator);
        if (checked instanceof SystemResult result) {
            tally.result(result);
            writer.result(result);
        } else {
            error((InputError) checked);
        }
    }

    private JsonLinesBatch batch() {
        return workers == null
                ? new JsonLinesBatch(reader, () -> evaluator, null, 1, writer, tally)
                : new JsonLinesBatch(reader, workers::evaluator, workers.executor(), workers.threads(), writer, tally);
    }

    /** A JSON Lines file is streamed, not read whole: it may hold millions of systems. */
    private void jsonLines(String file) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(Path.of(file));
        } catch (NoSuchFileException e) {
            error(InputError.ofFile(file, "no such file"));
            return;
        } catch (IOException | java.nio.file.InvalidPathException e) {
            error(InputError.ofFile(file, "cannot read: " + e.getMessage()));
            return;
        }
        try (in) {
            streamJsonLines(file, in);
        }
    }

    private void streamJsonLines(String name, InputStream in) throws IOException {
        DocumentReader.Metered metered = reader.metered(in);
        batch().run(name, metered);
        if (metered.overLimit()) {
            error(reader.overTotal(name));
        }
    }
}
