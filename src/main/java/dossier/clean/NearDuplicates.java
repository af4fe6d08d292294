package dossier.clean;

import dossier.model.Slug;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * used to pair them.
 */
public final class NearDuplicates {

    /** One text to compare, named by an id the caller chooses (a slug, a file name). */
    public record Document(String id, String text) {
        public Document {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    private final int shingleWords;
    private final double threshold;
    private final int minShared;
    private final int maxShared;

    /** 5-word shingles, 60% containment, at least 8 shingles in common, boilerplate past 200 texts. */
    public NearDuplicates() {
        this(5, 0.6, 8, 200);
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
        var shingles = documents.stream().map(d -> shingles(d.text())).toList();
        var candidates = ShingleIndex.sharedCounts(shingles, maxShared);
        var pairs = new ArrayList<DuplicatePair>();
        for (Map.Entry<Long, Integer> candidate : candidates.entrySet()) {
            if (candidate.getValue() < minShared) {
                continue;
            }
            int a = (int) (candidate.getKey() >>> 32);
            int b = (int) (long) candidate.getKey();
            int shared = ShingleIndex.intersection(shingles.get(a), shingles.get(b));
            double containment = (double) shared / Math.min(shingles.get(a).length, shingles.get(b).length);
            if (shared >= minShared && containment >= threshold) {
                pairs.add(new DuplicatePair(documents.get(a).id(), documents.get(b).id(), containment, shared));
            }
        }
        pairs.sort(Comparator.comparingDouble(DuplicatePair::containment).reversed()
                .thenComparing(DuplicatePair::first).thenComparing(DuplicatePair::second));
        return pairs;
    }

    /** The sorted, distinct hashes of a text's shingles: runs of words, accents and case ignored. */
    long[] shingles(String text) {
        var words = Arrays.stream(Slug.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        if (words.length < shingleWords) {
            return new long[0];
        }
        var hashes = new long[words.length - shingleWords + 1];
        for (int i = 0; i < hashes.length; i++) {
            long hash = 0xcbf29ce484222325L;
            for (int w = i; w < i + shingleWords; w++) {
                hash = fnv(hash, words[w]);
            }
            hashes[i] = hash;
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /** FNV-1a over the word's characters and a separator, so ("ab","c") and ("a","bc") differ. */
    private static long fnv(long hash, String word) {
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
        }
        return (hash ^ ' ') * 0x100000001b3L;
    }
}
