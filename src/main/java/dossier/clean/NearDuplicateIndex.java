package dossier.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The near-duplicate pairs of a set of texts that changes one text at a time, as the preview sees
 * a dossier: the same pairs {@link NearDuplicates#find} gives for the texts held, found by the same
 * rules (sampled shingles shared, then all shingles counted), but a text put or removed is compared
 * only with the texts sharing its shingles, and with the pairs of a shingle that the change makes
 * cross the boilerplate limit.
 */
public final class NearDuplicateIndex {

    /** The bits of a shingle's hash that {@link ShingleIndex} groups texts by. */
    private static final long KEY = ~((1L << ShingleIndex.DOC_BITS) - 1);

    private final NearDuplicates rules = new NearDuplicates();
    private final int minCount = Math.max(1, rules.minShared / NearDuplicates.SAMPLING);
    private final Map<String, Text> texts = new HashMap<>();
    private final List<Text> numbered = new ArrayList<>();
    /** Each sampled key's texts by number, a text as often as its sampled shingles have that key. */
    private final Map<Long, Members> runs = new HashMap<>();
    private final Map<Integer, Map<Integer, DuplicatePair>> pairs = new HashMap<>();

    private record Text(String id, int number, long[] shingles, long[] keys) {
    }

    /** Holds {@code text} under {@code id}, in place of the text held under it before. */
    public void put(String id, String text) {
        remove(id);
        var shingles = rules.shingles(text);
        var keys = Arrays.stream(NearDuplicates.sample(shingles)).map(h -> h & KEY).toArray();
        var added = new Text(id, numbered.size(), shingles, keys);
        numbered.add(added);
        texts.put(id, added);
        var crossed = new ArrayList<Members>();
        for (long key : keys) {
            var members = runs.computeIfAbsent(key, k -> new Members());
            members.add(added.number());
            if (members.size() == rules.maxShared + 1) {
                crossed.add(members);
            }
        }
        var counts = new HashMap<Integer, Integer>();
        for (long key : keys) {
            var members = runs.get(key);
            if (members.size() > 1 && members.size() <= rules.maxShared) {
                members.forEach(other -> {
                    if (other != added.number()) {
                        counts.merge(other, 1, Integer::sum);
                    }
                });
            }
        }
        counts.forEach((other, count) -> {
            if (count >= minCount) {
                compare(numbered.get(other), added);
            }
        });
        recheck(crossed, added.number());
    }

    /** Stops holding the text held under {@code id}, if any. */
    public void remove(String id) {
        var gone = texts.remove(id);
        if (gone == null) {
            return;
        }
        numbered.set(gone.number(), null);
        var crossed = new ArrayList<Members>();
        for (long key : new HashSet<>(Arrays.stream(gone.keys()).boxed().toList())) {
            var members = runs.get(key);
            boolean over = members.size() > rules.maxShared;
            members.removeAll(gone.number());
            if (members.size() == 0) {
                runs.remove(key);
            } else if (over && members.size() <= rules.maxShared) {
                crossed.add(members);
            }
        }
        var partners = pairs.remove(gone.number());
        if (partners != null) {
            partners.keySet().forEach(other -> pairs.get(other).remove(gone.number()));
        }
        recheck(crossed, -1);
    }

    /** The pairs among the texts held, most alike first, then by id. */
    public List<DuplicatePair> pairs() {
        var all = new ArrayList<DuplicatePair>();
        pairs.forEach((number, partners) -> partners.forEach((other, pair) -> {
            if (number < other) {
                all.add(pair);
            }
        }));
        all.sort(Comparator.comparingDouble(DuplicatePair::containment).reversed()
                .thenComparing(DuplicatePair::first).thenComparing(DuplicatePair::second));
        return all;
    }

    /** Compares again every two texts (but {@code skipped}) of runs that crossed the boilerplate limit. */
    private void recheck(List<Members> crossed, int skipped) {
        var done = new HashSet<Long>();
        for (var members : crossed) {
            var distinct = members.distinct();
            for (int i = 0; i < distinct.length; i++) {
                for (int j = i + 1; j < distinct.length; j++) {
                    int a = Math.min(distinct[i], distinct[j]);
                    int b = Math.max(distinct[i], distinct[j]);
                    if (a != skipped && b != skipped && done.add((long) a << 32 | b)) {
                        unpair(a, b);
                        if (sampledCount(numbered.get(a), numbered.get(b)) >= minCount) {
                            compare(numbered.get(a), numbered.get(b));
                        }
                    }
                }
            }
        }
    }

    /** What {@link ShingleIndex#candidates} counts for two texts: their shared keys in runs of two to the limit. */
    private int sampledCount(Text a, Text b) {
        int count = 0;
        for (int i = 0, j = 0; i < a.keys().length && j < b.keys().length;) {
            long key = a.keys()[i];
            if (key < b.keys()[j]) {
                i++;
            } else if (key > b.keys()[j]) {
                j++;
            } else {
                int ni = 0;
                int nj = 0;
                for (; i < a.keys().length && a.keys()[i] == key; i++) {
                    ni++;
                }
                for (; j < b.keys().length && b.keys()[j] == key; j++) {
                    nj++;
                }
                int size = runs.get(key).size();
                if (size > 1 && size <= rules.maxShared) {
                    count += ni * nj;
                }
            }
        }
        return count;
    }

    /** Pairs two candidate texts when all their shingles say they are near-duplicates, as {@link NearDuplicates} does. */
    private void compare(Text a, Text b) {
        int shared = ShingleIndex.intersection(a.shingles(), b.shingles());
        double containment = (double) shared / Math.min(a.shingles().length, b.shingles().length);
        if (shared >= rules.minShared && containment >= rules.threshold) {
            var first = a.number() < b.number() ? a : b;
            var second = first == a ? b : a;
            var pair = new DuplicatePair(first.id(), second.id(), containment, shared);
            pairs.computeIfAbsent(a.number(), n -> new HashMap<>()).put(b.number(), pair);
            pairs.computeIfAbsent(b.number(), n -> new HashMap<>()).put(a.number(), pair);
        }
    }

    private void unpair(int a, int b) {
        var partners = pairs.get(a);
        if (partners != null && partners.remove(b) != null) {
            pairs.get(b).remove(a);
        }
    }

    /** The text numbers of one sampled key, with repeats, in a growing int array. */
    private static final class Members {
        private int[] numbers = new int[1];
        private int size;

        void add(int number) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
            }
            numbers[size++] = number;
        }

        void removeAll(int number) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (numbers[i] != number) {
                    numbers[kept++] = numbers[i];
                }
            }
            size = kept;
        }

        int size() {
            return size;
        }

        void forEach(java.util.function.IntConsumer action) {
            for (int i = 0; i < size; i++) {
                action.accept(numbers[i]);
            }
        }

        int[] distinct() {
            return Arrays.stream(numbers, 0, size).distinct().toArray();
        }
    }
}
