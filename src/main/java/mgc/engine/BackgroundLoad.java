package mgc.engine;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import mgc.document.InputException;

/**
 * Something a run will need soon, begun on a background (daemon) thread so that the main thread
 * can do other work meanwhile, and taken once: start-up uses it for the rule base and the rule
 * set (docs/performance.md). What the work throws is thrown again by {@link #take()}, as the
 * same exception the caller would have got doing the work itself.
 *
 * @param <T> what the work makes
 */
public final class BackgroundLoad<T> {

    private final String threadName;
    private final AtomicReference<FutureTask<T>> pending = new AtomicReference<>();

    public BackgroundLoad(String threadName) {
        this.threadName = threadName;
    }

    /** Begins {@code work}, unless work begun earlier has not been taken yet. */
    public void start(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        if (pending.compareAndSet(null, task)) {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The result of the work begun, waiting for it if need be; empty when none was begun or it was taken. */
    public Optional<T> take() throws InputException {
        FutureTask<T> task = pending.getAndSet(null);
        if (task == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(task.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + threadName, e);
        } catch (ExecutionException e) {
            throw causeOf(e, InputException.class);
        }
    }

    /**
     * Throws the cause of a failed task as itself: a {@code checked} exception as it is, an unchecked
     * one as it is; any other comes back wrapped, for the caller to throw.
     */
    public static <X extends Exception> IllegalStateException causeOf(ExecutionException e, Class<X> checked) throws X {
        Throwable cause = e.getCause();
        if (checked.isInstance(cause)) {
            throw checked.cast(cause);
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
