package mgc.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import mgc.engine.Decision;
import mgc.engine.Evaluator;
import mgc.engine.SystemFact;
import mgc.engine.Verdict;

/**
 * Evaluates every point of a sweep grid through the rule engine (one {@link Evaluator} per
 * thread; nothing is inferred or skipped between points) and keeps, per revision and range, the
 * largest permitted payload. Range columns are dealt out to the threads in blocks and each
 * column's result has its own slot, so the result is the same for any number of threads.
 */
public final class Sweep {

    /** Upper bound on grid points, so a typo in STEP cannot start a run of days. */
    public static final long MAX_POINTS = 100_000_000L;

    private final Supplier<Evaluator> evaluators;
    private final int threads;
    private LongConsumer progress = columns -> {};

    /** @param evaluators opens an evaluator over the request's revisions (one per thread) */
    public Sweep(Supplier<Evaluator> evaluators, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.evaluators = evaluators;
        this.threads = threads;
    }

    /**
     * Tells {@code progress} how many range columns are done, as they finish (from the worker
     * threads, so it must be thread-safe); for a progress meter. Returns this sweep.
     */
    public Sweep onProgress(LongConsumer progress) {
        this.progress = progress;
        return this;
    }

    public Boundary.Result run(SweepRequest request) throws InterruptedException {
        if (request.points() > MAX_POINTS) {
            throw new IllegalArgumentException("grid of " + request.points() + " points is over " + MAX_POINTS);
        }
        int revisions = request.revisions().size();
        int columns = request.range().count();
        int[][] maxIndex = new int[revisions][columns];
        int[][] permitted = new int[revisions][columns];
        boolean[][] unlimited = new boolean[revisions][columns];
        AtomicLong done = new AtomicLong();
        Runnable columnDone = () -> progress.accept(done.incrementAndGet());
        int block = Math.max(1, Math.min(64, columns / (threads * 8)));
        List<Columns> tasks = new ArrayList<>();
        for (int from = 0; from < columns; from += block) {
            tasks.add(new Columns(request, from, Math.min(columns, from + block), maxIndex, permitted, unlimited, columnDone));
        }
        if (threads == 1 || tasks.size() == 1) {
            try (Evaluator evaluator = evaluators.get()) {
                for (Columns task : tasks) {
                    task.run(evaluator);
                }
            }
        } else {
            runParallel(tasks);
        }
        List<Boundary> boundaries = new ArrayList<>(revisions);
        for (int r = 0; r < revisions; r++) {
            boundaries.add(new Boundary(request.revisions().get(r), maxIndex[r], permitted[r], unlimited[r]));
        }
        return new Boundary.Result(request, boundaries);
    }

    private void runParallel(List<Columns> tasks) throws InterruptedException {
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "mgc-sweep");
            thread.setDaemon(true);
            return thread;
        });
        List<Evaluator> opened = new ArrayList<>();
        ThreadLocal<Evaluator> evaluator = ThreadLocal.withInitial(() -> {
            Evaluator created = evaluators.get();
            synchronized (opened) {
                opened.add(created);
            }
            return created;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Columns task : tasks) {
                futures.add(executor.submit(() -> task.run(evaluator.get())));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            executor.shutdownNow();
            synchronized (opened) {
                opened.forEach(Evaluator::close);
            }
        }
    }

    /** A block of range columns; writes only its own columns' slots. */
    private record Columns(SweepRequest request, int from, int to, int[][] maxIndex, int[][] permitted, boolean[][] unlimited,
                           Runnable columnDone) {
        void run(Evaluator evaluator) {
            int revisions = request.revisions().size();
            int payloads = request.payload().count();
            double[] payloadValues = new double[payloads];
            for (int p = 0; p < payloads; p++) {
                payloadValues[p] = request.payload().valueAt(p);
            }
            for (int column = from; column < to; column++) {
                double range = request.range().valueAt(column);
                for (int r = 0; r < revisions; r++) {
                    maxIndex[r][column] = -1;
                }
                // Every point is evaluated; points go to the engine a group at a time.
                for (int from = 0; from < payloads; from += Evaluator.GROUP) {
                    int to = Math.min(payloads, from + Evaluator.GROUP);
                    List<SystemFact> facts = new ArrayList<>(to - from);
                    for (int p = from; p < to; p++) {
                        facts.add(new SystemFact(request.type(), range, payloadValues[p], request.propellant(),
                                request.totalImpulseNs()));
                    }
                    List<List<Verdict>> verdicts = evaluator.evaluateAll(facts);
                    for (int p = from; p < to; p++) {
                        List<Verdict> point = verdicts.get(p - from);
                        for (int r = 0; r < revisions; r++) {
                            if (point.get(r).decision() == Decision.PERMITTED) {
                                permitted[r][column]++;
                                maxIndex[r][column] = p;
                            }
                        }
                    }
                }
                probeAboveTheGrid(evaluator, column, range, payloads);
                columnDone.run();
            }
        }

        /**
         * Where a revision permits the grid's top payload, asks the rule base about an unbounded
         * payload at the same range, so "no payload limit" is told apart from "the limit is above
         * the grid" without a second copy of the terms' logic.
         */
        private void probeAboveTheGrid(Evaluator evaluator, int column, double range, int payloads) {
            boolean topPermitted = false;
            for (int r = 0; r < request.revisions().size(); r++) {
                topPermitted |= maxIndex[r][column] == payloads - 1;
            }
            if (!topPermitted) {
                return;
            }
            SystemFact probe = new SystemFact(request.type(), range, Double.MAX_VALUE, request.propellant(),
                    request.totalImpulseNs());
            List<Verdict> verdicts = evaluator.evaluateAll(List.of(probe)).get(0);
            for (int r = 0; r < request.revisions().size(); r++) {
                unlimited[r][column] = maxIndex[r][column] == payloads - 1
                        && verdicts.get(r).decision() == Decision.PERMITTED;
            }
        }
    }
}
