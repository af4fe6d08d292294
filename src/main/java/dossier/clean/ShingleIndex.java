package dossier.clean;

import java.util.Arrays;
import java.util.List;

/**
 * The index behind {@link NearDuplicates}: every (shingle, text) pair packed into one long and
 * ordered by shingle, so texts sharing a shingle sit next to each other. Packing keeps 10,000 articles'
 * million-odd shingles in flat arrays instead of a million small lists, and pairs are counted in
 * an open-addressing table of primitives, as boxed map entries cost more than the comparison.
 */
final class ShingleIndex {

    /** Bits of a packed entry holding the text's index; the other 40 hold the shingle's hash. */
    static final int DOC_BITS = 24;
    private static final long DOC_MASK = (1L << DOC_BITS) - 1;
    private static final long EMPTY = -1L;
    /** Bits sorted per pass of {@link #groupByShingle}: four passes cover the shingle's 40 bits. */
    private static final int DIGIT_BITS = 10;

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
        var counts = new PairCounts();
        for (int start = 0; start < packed.length; ) {
            int end = start + 1;
            while (end < packed.length && (packed[end] & ~DOC_MASK) == (packed[start] & ~DOC_MASK)) {
                end++;
            }
            if (end - start > 1 && end - start <= maxShared) {
                for (int i = start; i < end; i++) {
                    long a = packed[i] & DOC_MASK;
                    for (int j = i + 1; j < end; j++) {
                        long b = packed[j] & DOC_MASK;
                        if (a != b) {
                            counts.add(Math.min(a, b) << 32 | Math.max(a, b));
                        }
                    }
                }
            }
            start = end;
        }
        return counts.atLeast(minCount);
    }

    /**
     * Orders packed entries by their shingle bits only, as pairing needs each shingle's texts side by side and
     * nothing more: a radix sort of the 40 high bits, {@value #DIGIT_BITS} at a time, the lowest digit first.
     * Two million entries at 10,000 articles: 260-370 ms for {@code Arrays.sort}, 50-85 ms for the four passes.
     */
    static void groupByShingle(long[] packed) {
        var scratch = new long[packed.length];
        var from = packed;
        var to = scratch;
        for (int shift = DOC_BITS; shift < Long.SIZE; shift += DIGIT_BITS) {
            var starts = new int[(1 << DIGIT_BITS) + 1];
            for (long entry : from) {
                starts[digit(entry, shift) + 1]++;
            }
            for (int d = 1; d < starts.length; d++) {
                starts[d] += starts[d - 1];
            }
            for (long entry : from) {
                to[starts[digit(entry, shift)]++] = entry;
            }
            var swap = from;
            from = to;
            to = swap;
        }
        if (from != packed) {
            System.arraycopy(from, 0, packed, 0, packed.length);
        }
    }

    private static int digit(long entry, int shift) {
        return (int) (entry >>> shift) & ((1 << DIGIT_BITS) - 1);
    }

    /** A count per pair key, in parallel arrays probed linearly; grows at half full. */
    private static final class PairCounts {
        private long[] keys = filled(1 << 12);
        private int[] values = new int[1 << 12];
        private int size;

        void add(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(keys, key);
            if (keys[slot] == EMPTY) {
                keys[slot] = key;
                size++;
            }
            values[slot]++;
        }

        long[] atLeast(int minCount) {
            var out = new long[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != EMPTY && values[i] >= minCount) {
                    out[n++] = keys[i];
                }
            }
            var found = Arrays.copyOf(out, n);
            Arrays.sort(found);
            return found;
        }

        private void grow() {
            var oldKeys = keys;
            var oldValues = values;
            keys = filled(oldKeys.length * 2);
            values = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = slot(keys, oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        private static int slot(long[] keys, long key) {
            int mask = keys.length - 1;
            int slot = (int) (mix(key) & mask);
            while (keys[slot] != EMPTY && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static long[] filled(int length) {
            var keys = new long[length];
            Arrays.fill(keys, EMPTY);
            return keys;
        }

        /** Spreads the pair key's bits (a murmur finaliser), as document indexes are small consecutive numbers. */
        private static long mix(long key) {
            long h = key * 0xff51afd7ed558ccdL;
            return h ^ (h >>> 33);
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
