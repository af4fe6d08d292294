package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashSortTest {

    @Test
    void sortsAsArraysSortDoesWhateverTheSizeAndTheValues() {
        var random = new Random(11);
        for (int round = 0; round < 3_000; round++) {
            int size = round < 10 ? round : random.nextInt(round < 2_900 ? 2_000 : 100_000);
            long[] hashes = switch (round % 4) {
                case 0 -> random.longs(size).toArray();
                // few distinct values: long runs in one bucket
                case 1 -> random.longs(size, -3, 4).toArray();
                // all in the lowest and highest buckets, around the sign bit
                case 2 -> random.longs(size).map(h -> h % 1000 + (h > 0 ? Long.MIN_VALUE : Long.MAX_VALUE - 2000)).toArray();
                default -> random.longs(size, 0, 1L << 20).toArray();
            };
            var expected = hashes.clone();
            Arrays.sort(expected);
            var original = hashes.clone();

            var sorted = HashSort.sorted(hashes);

            assertArrayEquals(expected, sorted, "round " + round);
            assertArrayEquals(original, hashes, "the argument is left as it was");
            assertNotSame(hashes, sorted);
        }
    }

    @Test
    void theExtremeValuesComeFirstAndLast() {
        long[] hashes = {0, Long.MAX_VALUE, -1, Long.MIN_VALUE, 1, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1};

        assertArrayEquals(new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE},
                HashSort.sorted(hashes));
    }
}
