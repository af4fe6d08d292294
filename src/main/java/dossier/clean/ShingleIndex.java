package dossier.clean;

import java.util.Arrays;
import java.util.List;

/**
 * The index behind {@link NearDuplicates}: every (shingle, text) pair packed into one long and
 * ordered by shingle, so texts sharing a shingle sit next to each other. Packing keeps 10,000 articles'
 * million-odd shingles in flat arrays instead of a million small lists. The pairs a run makes are
 * written to one array and counted once it is sorted: 1.6 million at 10,000 articles, which a hash
 * table of counts, reached at random and grown as it filled, took nearly three times as long to count.
 */
final class ShingleIndex {

    /** Bits of a packed entry holding the text's index; the other 40 hold the shingle's hash. */
    static final int DOC_BITS = 24;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;
    /** Bits sorted per pass of {@link #groupByShingle}: four passes cover the shingle's 40 bits. */
    private static final int SHINGLE_DIGIT_BITS = 10;
    /** Bits sorted per pass of a pair's two 24-bit text numbers: four passes. */
    private static final int PAIR_DIGIT_BITS = 12;

    private ShingleIndex() {
    }

    /**
     * The pairs of texts sharing at least {@code minCount} of the index's runs, keyed
     * {@code a << 32 | b} with {@code a < b}, sorted. Runs longer than {@code maxShared} are
     * skipped. Cutting hashes to 40 bits may merge two shingles now and then; the caller recounts
     * candidates exactly with {@link #intersection}.
     */
    static long[] candidates(List<long[]> shingles, int maxShared, int minCount) {
        int total = shingles.stream().mapToInt(s -> s.length).sum();
        var packed = new long[total];
        int at = 0;
        for (int doc = 0; doc < shingles.size(); doc++) {
            for (long hash : shingles.get(doc)) {
                packed[at++] = (hash & ~DOC_MASK) | doc;
            }
        }
        groupByShingle(packed);
        var pairs = new long[pairCount(packed, maxShared)];
        int n = 0;
        for (int start = 0; start < packed.length; ) {
            int end = runEnd(packed, start);
            if (end - start <= maxShared) {
                for (int i = start; i < end; i++) {
                    long a = packed[i] & DOC_MASK;
                    for (int j = i + 1; j < end; j++) {
                        long b = packed[j] & DOC_MASK;
                        if (a != b) {
                            pairs[n++] = Math.min(a, b) << DOC_BITS | Math.max(a, b);
                        }
                    }
                }
            }
            start = end;
        }
        sortBits(pairs, 0, 2 * DOC_BITS, PAIR_DIGIT_BITS);
        return atLeast(pairs, n, minCount);
    }

    /**
     * How many pairs the runs of two to {@code maxShared} entries make, two entries of one text included:
     * the size of the array they are written to, as an int since a run makes at most {@code maxShared²/2}.
     */
    private static int pairCount(long[] grouped, int maxShared) {
        long count = 0;
        for (int start = 0; start < grouped.length; ) {
            int end = runEnd(grouped, start);
            long run = end - start;
            count += run <= maxShared ? run * (run - 1) / 2 : 0;
            start = end;
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many texts share shingles to compare them (" + count + " pairs)");
        }
        return (int) count;
    }

    /** Where the run of entries with the shingle of {@code grouped[start]} ends. */
    private static int runEnd(long[] grouped, int start) {
        long shingle = grouped[start] & ~DOC_MASK;
        int end = start + 1;
        while (end < grouped.length && (grouped[end] & ~DOC_MASK) == shingle) {
            end++;
        }
        return end;
    }

    /** The pairs of the first {@code n} sorted keys found at least {@code minCount} times, keyed {@code a << 32 | b}. */
    private static long[] atLeast(long[] sorted, int n, int minCount) {
        var found = new long[n];
        int size = 0;
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && sorted[end] == sorted[start]) {
                end++;
            }
            if (end - start >= minCount) {
                long key = sorted[start];
                found[size++] = (key >>> DOC_BITS) << 32 | (key & DOC_MASK);
            }
            start = end;
        }
        return Arrays.copyOf(found, size);
    }

    /**
     * Orders packed entries by their shingle bits only, as pairing needs each shingle's texts side by side and
     * nothing more. Two million entries at 10,000 articles: 260-370 ms for {@code Arrays.sort}, 50-85 ms for
     * the radix sort.
     */
    static void groupByShingle(long[] packed) {
        sortBits(packed, DOC_BITS, Long.SIZE, SHINGLE_DIGIT_BITS);
    }

    /**
     * A radix sort of {@code values} by their bits {@code low} to {@code high} (unsigned), {@code digitBits}
     * at a time, the lowest digit first; values equal there keep their order.
     */
    private static void sortBits(long[] values, int low, int high, int digitBits) {
        var scratch = new long[values.length];
        var from = values;
        var to = scratch;
        int mask = (1 << digitBits) - 1;
        for (int shift = low; shift < high; shift += digitBits) {
            var starts = new int[mask + 2];
            for (long value : from) {
                starts[((int) (value >>> shift) & mask) + 1]++;
            }
            for (int d = 1; d < starts.length; d++) {
                starts[d] += starts[d - 1];
            }
            for (long value : from) {
                to[starts[(int) (value >>> shift) & mask]++] = value;
            }
            var swap = from;
            from = to;
            to = swap;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, values.length);
        }
    }

    /** How many values two sorted arrays of distinct values have in common. */
    static int intersection(long[] a, long[] b) {
        return intersection(a, b, 0);
    }

    /**
     * How many values two sorted arrays of distinct values have in common, or some smaller number
     * once fewer than {@code enough} are within reach: most candidate pairs share only boilerplate,
     * and are known to fall short long before the end. The merge steps without branches (random
     * hashes would mispredict every other one), and looks at what is within reach every 64 steps.
     */
    static int intersection(long[] a, long[] b, int enough) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (shared + Math.min(a.length - i, b.length - j) < enough) {
                return shared;
            }
            int end = Math.min(64, Math.min(a.length - i, b.length - j));
            for (int step = 0; step < end; step++) {
                long x = a[i];
                long y = b[j];
                shared += x == y ? 1 : 0;
                i += x <= y ? 1 : 0;
                j += y <= x ? 1 : 0;
            }
        }
        return shared;
    }
}
