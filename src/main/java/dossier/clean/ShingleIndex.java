package dossier.clean;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index behind {@link NearDuplicates}: every (shingle, text) pair packed into one long and
 * sorted, so texts sharing a shingle sit next to each other. Packing keeps 10,000 articles'
 * million-odd shingles in flat arrays instead of a million small lists.
 */
final class ShingleIndex {

    /** Bits of a packed entry holding the text's index; the other 40 hold the shingle's hash. */
    static final int DOC_BITS = 24;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;

    private ShingleIndex() {
    }

    /**
     * For each pair of texts sharing a shingle, how many of the index's runs they share, keyed
     * {@code a << 32 | b} with {@code a < b}. Runs longer than {@code maxShared} are skipped.
     * Cutting hashes to 40 bits may merge two shingles now and then; the caller recounts
     * candidates exactly with {@link #intersection}.
     */
    static Map<Long, Integer> sharedCounts(List<long[]> shingles, int maxShared) {
        int total = shingles.stream().mapToInt(s -> s.length).sum();
        var packed = new long[total];
        int at = 0;
        for (int doc = 0; doc < shingles.size(); doc++) {
            for (long hash : shingles.get(doc)) {
                packed[at++] = (hash & ~DOC_MASK) | doc;
            }
        }
        Arrays.sort(packed);
        var counts = new HashMap<Long, Integer>();
        for (int start = 0; start < packed.length; ) {
            int end = start + 1;
            while (end < packed.length && (packed[end] & ~DOC_MASK) == (packed[start] & ~DOC_MASK)) {
                end++;
            }
            if (end - start > 1 && end - start <= maxShared) {
                countPairs(packed, start, end, counts);
            }
            start = end;
        }
        return counts;
    }

    private static void countPairs(long[] packed, int start, int end, Map<Long, Integer> counts) {
        for (int i = start; i < end; i++) {
            long a = packed[i] & DOC_MASK;
            for (int j = i + 1; j < end; j++) {
                long b = packed[j] & DOC_MASK;
                if (a != b) {
                    counts.merge(Math.min(a, b) << 32 | Math.max(a, b), 1, Integer::sum);
                }
            }
        }
    }

    /** How many values two sorted arrays of distinct values have in common. */
    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }
}
