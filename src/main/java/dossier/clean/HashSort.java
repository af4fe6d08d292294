package dossier.clean;

/**
 * Sorts a text's shingle hashes, ascending as signed longs like {@code Arrays.sort}, in two passes
 * and a short fix-up: hashes are spread evenly, so dealing them into about one bucket each by their
 * high bits leaves an array nearly in order. A quicksort of 800 random longs mispredicts half its
 * comparisons, and near-duplicate search sorts one array per article.
 */
final class HashSort {

    /** Past this, buckets stop growing: 64k counters already leave several hashes a bucket. */
    private static final int MAX_BITS = 16;

    private HashSort() {
    }

    /** {@code hashes} sorted, in a new array (the argument may be reused by the caller). */
    static long[] sorted(long[] hashes) {
        int n = hashes.length;
        var out = new long[n];
        if (n < 2) {
            System.arraycopy(hashes, 0, out, 0, n);
            return out;
        }
        int bits = Math.min(MAX_BITS, 32 - Integer.numberOfLeadingZeros(n - 1));
        var starts = new int[(1 << bits) + 1];
        for (long hash : hashes) {
            starts[bucket(hash, bits) + 1]++;
        }
        for (int b = 1; b < starts.length; b++) {
            starts[b] += starts[b - 1];
        }
        for (long hash : hashes) {
            out[starts[bucket(hash, bits)]++] = hash;
        }
        insertionSort(out);
        return out;
    }

    /** The hash's high bits with the sign bit flipped, so buckets follow signed order. */
    private static int bucket(long hash, int bits) {
        return (int) ((hash ^ Long.MIN_VALUE) >>> (Long.SIZE - bits));
    }

    /** Cheap on an array whose every value sits in its bucket: it only moves values within one. */
    private static void insertionSort(long[] values) {
        for (int i = 1; i < values.length; i++) {
            long value = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }
}
