package dossier.render;

import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs a job for each index of a range on the current pool, each thread taking the next index
 * as soon as it is free, so the threads end together.
 *
 * <p>A parallel stream cuts a range into a few large parts up front (a quarter of the range per
 * thread on two cores): once its last part is taken, a thread done with other work finds nothing
 * left to take, and at 10,000 articles the last part alone kept one core busy for seconds while
 * the other sat idle.
 */
final class PulledWork {

    /** More takers than threads, so a thread busy elsewhere at first still finds one to join in with. */
    private static final int TAKERS_PER_THREAD = 4;

    private PulledWork() {
    }

    /** Runs {@code job} once for each index from 0 to {@code count} - 1, in no order, and returns when all have run. */
    static void forEach(int count, IntConsumer job) {
        var next = new AtomicInteger();
        var pool = ForkJoinTask.getPool();
        int threads = pool != null ? pool.getParallelism() : Runtime.getRuntime().availableProcessors();
        int takers = Math.max(1, Math.min(count, threads * TAKERS_PER_THREAD));
        IntStream.range(0, takers).parallel().forEach(taker -> {
            try {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    job.accept(i);
                }
            } catch (RuntimeException | Error e) {
                // the others stop at their next index rather than render a site that will not be written
                next.set(count);
                throw e;
            }
        });
    }
}
