package mgc.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import mgc.document.DocumentReader;
import mgc.document.InputError;
import mgc.document.InputException;
import mgc.document.JsonLinesReader;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.engine.Verdict;
import mgc.report.ChunkEncoding;
import mgc.report.ReportWriter;
import mgc.report.SystemResult;
import mgc.report.Tally;
import mgc.spec.PlainSpecLine;
import mgc.spec.SpecReader;
import mgc.spec.SystemSpec;

/**
 * Checks a JSON Lines file in chunks of lines. Each chunk is parsed, validated, evaluated (and,
 * when the report can, encoded) by a worker thread with its own {@link Evaluator}; the calling
 * thread reads the next chunks meanwhile and writes finished chunks strictly in input order, so
 * output is the same as a one-thread run, byte for byte. At most a few chunks are in flight, so
 * memory stays bounded however long the file is.
 */
final class JsonLinesBatch {

    /**
     * Lines per chunk: large enough to amortise hand-offs, small enough to keep memory flat and a
     * chunk's encoding (about 400 KB for 512 ordinary lines) within a core's cache; 2,048 took 6 %
     * more CPU than 512 or 256 (docs/performance.md).
     */
    static final int CHUNK_LINES = 512;

    /**
     * Characters per chunk at most: lines may be up to --max-file-size long each, and 512 of
     * those in each of the chunks in flight would not fit in memory. Ordinary lines (about 100
     * characters) never reach this.
     */
    static final long CHUNK_CHARS = 4L << 20;

    private final DocumentReader reader;
    private final Supplier<Evaluator> evaluators;
    private final ExecutorService workers;
    private final int inFlight;
    private final ReportWriter writer;
    private final Tally tally;

    /**
     * @param evaluators gives the calling thread's evaluator (one per thread; a worker keeps its own)
     * @param workers    null to do everything on the calling thread
     */
    JsonLinesBatch(DocumentReader reader, Supplier<Evaluator> evaluators, ExecutorService workers, int threads,
                   ReportWriter writer, Tally tally) {
        this.reader = reader;
        this.evaluators = evaluators;
        this.workers = workers;
        this.inFlight = Math.max(2, threads * 2);
        this.writer = writer;
        this.tally = tally;
    }

    /**
     * What a chunk came to: entries in input order (results and errors) for a report that takes
     * them one by one; or, for a report that encoded them on the worker, only the encoding and
     * the counts (so finished chunks waiting their turn hold little memory).
     */
    private record Done(List<Object> entries, ChunkEncoding.Encoded encoded, int systems, int permitted, int prohibited, int depends, int errors) {}

    void run(String name, InputStream in) throws IOException {
        ArrayDeque<Future<Done>> pending = new ArrayDeque<>();
        try (JsonLinesReader lines = new JsonLinesReader(name, in, reader.limits())) {
            boolean more = true;
            while (more) {
                List<Object> chunk = new ArrayList<>(CHUNK_LINES);
                long chars = 0;
                while (chunk.size() < CHUNK_LINES && chars < CHUNK_CHARS) {
                    JsonLinesReader.Line line;
                    try {
                        line = lines.next();
                    } catch (InputException e) {
                        // A line that is not UTF-8 or too long: reported in its place, the rest goes on.
                        chunk.addAll(e.errors());
                        continue;
                    }
                    if (line == null) {
                        more = false;
                        break;
                    }
                    chunk.add(line);
                    chars += line.text().length();
                }
                if (chunk.isEmpty()) {
                    break;
                }
                if (workers == null) {
                    emit(name, process(name, chunk));
                } else {
                    if (pending.size() >= inFlight) {
                        emit(name, await(pending.removeFirst()));
                    }
                    pending.addLast(workers.submit(() -> process(name, chunk)));
                }
            }
            while (!pending.isEmpty()) {
                emit(name, await(pending.removeFirst()));
            }
        } catch (IOException | RuntimeException e) {
            pending.forEach(f -> f.cancel(true));
            throw e;
        }
    }

    /**
     * Each thread's encoder, kept from chunk to chunk: it grows its buffer to a chunk's size once
     * and keeps what it has encoded once (openings, numbers), where a new one for every chunk
     * allocated and grew a buffer of megabytes each time.
     */
    private final ThreadLocal<ChunkEncoding.Encoder> encoders = new ThreadLocal<>();

    private ChunkEncoding.Encoder encoder() throws IOException {
        if (!(writer instanceof ChunkEncoding encoding)) {
            return null;
        }
        ChunkEncoding.Encoder encoder = encoders.get();
        if (encoder == null) {
            encoder = encoding.encoder();
            encoders.set(encoder);
        }
        return encoder;
    }

    private Done process(String name, List<Object> chunk) throws IOException {
        ChunkWork work = new ChunkWork(name, evaluators.get(), encoder(), chunk.size());
        for (Object item : chunk) {
            if (item instanceof InputError error) {
                work.pending.add(error);
                continue;
            }
            JsonLinesReader.Line line = (JsonLinesReader.Line) item;
            try {
                // The usual line straight into its spec; any other line, and every error, through its nodes.
                SystemSpec spec = PlainSpecLine.read(name, line.number(), line.text(), reader.limits());
                if (spec == null) {
                    spec = work.specs.readSystem(reader.readJsonLine(name, line.number(), line.text()));
                }
                if (spec.uncertain()) {
                    // Decided over its box now; its result (or error) keeps its place in line order.
                    work.pending.add(IntervalVerdicts.check(name, spec, work.evaluator));
                } else {
                    work.pending.add(spec);
                    work.facts.add(Evaluator.fact(spec));
                }
            } catch (InputException e) {
                work.pending.addAll(e.errors());
            }
            if (work.facts.size() == Evaluator.GROUP) {
                work.finishGroup();
            }
        }
        work.finishGroup();
        return work.done();
    }

    /**
     * One chunk on its way through a worker. Lines are validated, evaluated (one firing of the
     * rules) and encoded a group at a time rather than the whole chunk step by step: a group's
     * specs, facts and checks are then still in the processor's cache when they are used again,
     * which the whole chunk's were not (docs/performance.md).
     */
    private static final class ChunkWork {
        private final String name;
        private final Evaluator evaluator;
        private final ChunkEncoding.Encoder encoder;
        private final SpecReader specs = new SpecReader();
        /** Specs and errors of the current group, in line order. */
        private final List<Object> pending = new ArrayList<>(Evaluator.GROUP * 2);
        private final List<SystemFact> facts = new ArrayList<>(Evaluator.GROUP);
        /** Results and errors in line order, kept only for a report that does not encode on workers. */
        private final List<Object> entries;
        private int systems;
        private int permitted;
        private int prohibited;
        private int depends;
        private int errors;

        ChunkWork(String name, Evaluator evaluator, ChunkEncoding.Encoder encoder, int lines) {
            this.name = name;
            this.evaluator = evaluator;
            this.encoder = encoder;
            this.entries = encoder == null ? new ArrayList<>(lines) : null;
        }

        void finishGroup() throws IOException {
            List<List<Verdict>> verdicts = facts.isEmpty() ? List.of() : evaluator.evaluateAll(facts);
            int next = 0;
            for (Object entry : pending) {
                if (entry instanceof SystemSpec || entry instanceof SystemResult) {
                    SystemResult result = entry instanceof SystemSpec spec ? new SystemResult(name, spec, verdicts.get(next++))
                            : (SystemResult) entry;
                    if (encoder == null) {
                        entries.add(result);
                        continue;
                    }
                    encoder.result(result);
                    systems++;
                    for (Verdict verdict : result.verdicts()) {
                        if (verdict.decision() == Decision.DEPENDS) {
                            depends++;
                        } else if (verdict.decision() == Decision.PROHIBITED) {
                            prohibited++;
                        } else {
                            permitted++;
                        }
                    }
                } else if (encoder == null) {
                    entries.add(entry);
                } else {
                    encoder.error((InputError) entry);
                    errors++;
                }
            }
            pending.clear();
            facts.clear();
        }

        Done done() throws IOException {
            return encoder == null ? new Done(entries, null, 0, 0, 0, 0, 0)
                    : new Done(null, encoder.bytes(), systems, permitted, prohibited, depends, errors);
        }
    }

    private void emit(String name, Done done) throws IOException {
        if (done.encoded() != null) {
            tally.results(name, done.systems(), done.permitted(), done.prohibited(), done.depends());
            for (int i = 0; i < done.errors(); i++) {
                tally.error();
            }
            ((ChunkEncoding) writer).writeEncoded(done.encoded());
            return;
        }
        for (Object entry : done.entries()) {
            if (entry instanceof SystemResult result) {
                tally.result(result);
                writer.result(result);
            } else {
                tally.error();
                writer.error((InputError) entry);
            }
        }
    }

    private static Done await(Future<Done> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw mgc.engine.BackgroundLoad.causeOf(e, IOException.class);
        }
    }
}
