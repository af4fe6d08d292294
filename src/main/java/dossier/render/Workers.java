package dossier.render;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * The threads a render runs on: one per core, all of them workers of one pool.
 *
 * <p>The kinds render side by side and most of them split their pages again. Started from the
 * main thread on the common pool, that nesting left one core idle: the main thread, not being a
 * worker, cannot take the pages a worker split off, and the common pool has one worker fewer than
 * there are cores. Inside this pool every thread, the first one included, takes any waiting work.
 */
final class Workers {

    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    private Workers() {
    }

    /** Runs {@code work} on the pool and waits for it; its parallel streams run there too. */
    static <T> T run(Supplier<T> work) {
        return POOL.submit(work::get).join();
    }
}
