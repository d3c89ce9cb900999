package mgc.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import mgc.engine.Evaluator;

/**
 * Worker threads for a batch, each with its own {@link Evaluator} (a session is not
 * thread-safe; the rule base they share is). Evaluators are opened on a thread's first task and
 * reused for every later one, so the terms are inserted once per thread, not once per chunk.
 */
public final class Workers implements AutoCloseable {

    private final int threads;
    private final ExecutorService executor;
    private final ThreadLocal<Evaluator> evaluator;
    private final List<Evaluator> opened = new ArrayList<>();

    public Workers(int threads, Supplier<Evaluator> newEvaluator) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "mgc-worker");
            thread.setDaemon(true);
            return thread;
        });
        this.evaluator = ThreadLocal.withInitial(() -> {
            Evaluator created = newEvaluator.get();
            synchronized (opened) {
                opened.add(created);
            }
            return created;
        });
    }

    /** How many threads, as asked (usually the number of cores). */
    public int threads() {
        return threads;
    }

    ExecutorService executor() {
        return executor;
    }

    /** The calling worker's evaluator. */
    Evaluator evaluator() {
        return evaluator.get();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        synchronized (opened) {
            opened.forEach(Evaluator::close);
            opened.clear();
        }
    }
}
