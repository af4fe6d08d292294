package dossier.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the texts of a dossier that are near-copies of each other: the same story republished by
 * another outlet, with a different headline or intro. Each text becomes its set of 5-word
 * shingles; two texts are near-duplicates when at least 60% of the shorter one's shingles are in
 * the other (containment, which unlike Jaccard is not lowered by an added intro or a cut ending).
 *
 * <p>Texts are compared only when they share a shingle, found through an index from shingle to
 * texts, so 10,000 articles cost about their total length rather than 50 million comparisons.
 * A shingle shared by more than {@code maxShared} texts is boilerplate, not a story, and is not
 * used to pair them; only one shingle in {@value #SAMPLING} (the same ones in every text) is used
 * to find candidate pairs, which are then compared on all their shingles.
 */
public final class NearDuplicates {

    /** One text to compare, named by an id the caller chooses (a slug, a file name). */
    public record Document(String id, String text) {
        public Document {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    /** One shingle in this many takes part in finding candidate pairs. */
    static final int SAMPLING = 4;

    private final int shingleWords;
    final double threshold;
    final int minShared;
    final int maxShared;

    /**
     * 5-word shingles, 60% containment, at least 8 shingles in common, boilerplate past 50 texts:
     * no story is republished by 50 outlets of one dossier, and pairing a shingle's texts costs the
     * square of their number.
     */
    public NearDuplicates() {
        this(5, 0.6, 8, 50);
    }

    public NearDuplicates(int shingleWords, double threshold, int minShared, int maxShared) {
        if (shingleWords < 1 || threshold <= 0 || threshold > 1 || minShared < 1 || maxShared < 2) {
            throw new IllegalArgumentException("bad near-duplicate settings");
        }
        this.shingleWords = shingleWords;
        this.threshold = threshold;
        this.minShared = minShared;
        this.maxShared = maxShared;
    }

    /** The near-duplicate pairs among {@code documents}, most alike first; each pair once, in input order. */
    public List<DuplicatePair> find(List<Document> documents) {
        if (documents.size() >= 1 << ShingleIndex.DOC_BITS) {
            throw new IllegalArgumentException("at most " + ((1 << ShingleIndex.DOC_BITS) - 1) + " documents");
        }
        var shingles = documents.parallelStream().map(d -> shingles(d.text())).toList();
        var sampled = shingles.parallelStream().map(NearDuplicates::sample).toList();
        var candidates = ShingleIndex.candidates(sampled, maxShared, Math.max(1, minShared / SAMPLING));
        // every candidate is recounted on all its shingles: the threads share them, the sort below fixes the order
        var pairs = new ArrayList<>(Arrays.stream(candidates).parallel()
                .mapToObj(candidate -> pair(documents, shingles, candidate)).filter(Objects::nonNull).toList());
        pairs.sort(Comparator.comparingDouble(DuplicatePair::containment).reversed()
                .thenComparing(DuplicatePair::first).thenComparing(DuplicatePair::second));
        return pairs;
    }

    /** The candidate pair {@code candidate} (two indexes) as a near-duplicate pair, or null when its texts differ too much. */
    private DuplicatePair pair(List<Document> documents, List<long[]> shingles, long candidate) {
        int a = (int) (candidate >>> 32);
        int b = (int) candidate;
        int shorter = Math.min(shingles.get(a).length, shingles.get(b).length);
        int shared = ShingleIndex.intersection(shingles.get(a), shingles.get(b), needed(shorter));
        double containment = (double) shared / shorter;
        return shared >= minShared && containment >= threshold
                ? new DuplicatePair(documents.get(a).id(), documents.get(b).id(), containment, shared) : null;
    }

    /**
     * The fewest shared shingles that make a pair with a shorter text of {@code shorter} shingles:
     * at least {@code minShared}, and a containment of at least {@code threshold}, computed as
     * {@link #find} computes it.
     */
    int needed(int shorter) {
        int needed = Math.max(0, (int) Math.ceil(threshold * shorter) - 1);
        while ((double) needed / shorter < threshold) {
            needed++;
        }
        return Math.max(minShared, needed);
    }

    /** The sorted, distinct hashes of a text's shingles: runs of words, accents and case ignored. */
    long[] shingles(String text) {
        var words = Words.hashes(text);
        if (words.length < shingleWords) {
            return new long[0];
        }
        var hashes = new long[words.length - shingleWords + 1];
        for (int i = 0; i < hashes.length; i++) {
            long hash = 0;
            for (int w = i; w < i + shingleWords; w++) {
                hash = hash * 0x9E3779B97F4A7C15L + words[w];
            }
            hashes[i] = hash ^ (hash >>> 31);
        }
        return distinct(HashSort.sorted(hashes));
    }

    /**
     * The shingles used to find candidate pairs: one in {@value #SAMPLING}, chosen by hash so two
     * texts keep the same ones. Pairing then costs a quarter; a pair found is recounted on every
     * shingle, and true copies share hundreds, so none is missed for want of samples.
     */
    static long[] sample(long[] shingles) {
        int n = 0;
        for (long hash : shingles) {
            n += (hash >>> 62) == 0 ? 1 : 0;
        }
        var sampled = new long[n];
        int at = 0;
        for (long hash : shingles) {
            if ((hash >>> 62) == 0) {
                sampled[at++] = hash;
            }
        }
        return sampled;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
