package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class PulledWorkTest {

    @Test
    void everyIndexRunsExactlyOnceOnAPoolOfTwoThreads() throws Exception {
        var runs = new AtomicIntegerArray(10_000);
        var pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> PulledWork.forEach(runs.length(), i -> {
                // the last indexes cost the most, as a range cut in parts up front would leave to one thread
                double sink = 0;
                for (int k = 0; k < i / 10; k++) {
                    sink += Math.sqrt(k);
                }
                runs.addAndGet(i, sink >= 0 ? 1 : 2);
            })).get();
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "index " + i);
        }
    }

    @Test
    void aFailingJobStopsTheOthersAndIsThrown() {
        var ran = new AtomicInteger();
        var failure = assertThrows(IllegalStateException.class, () -> PulledWork.forEach(100_000, i -> {
            ran.incrementAndGet();
            if (i == 10) {
                throw new IllegalStateException("page 10 failed");
            }
        }));
        // thrown on another thread, the pool hands it on wrapped in one of its own kind
        assertTrue(failure.getMessage().contains("page 10 failed"), failure.getMessage());
        assertTrue(ran.get() < 100_000, "ran " + ran.get());
    }

    @Test
    void anEmptyRangeRunsNothing() {
        var ran = new AtomicInteger();
        PulledWork.forEach(0, i -> ran.incrementAndGet());
        assertEquals(0, ran.get());
    }
}
