package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShingleIndexTest {

    @Test
    void candidatesAreThePairsSharingEnoughShinglesCountedOneByOne() {
        var random = new Random(3);
        for (int round = 0; round < 30; round++) {
            var shingles = new ArrayList<long[]>();
            for (int doc = 0; doc < 40; doc++) {
                // few distinct shingles, spread over the sign bit and the high bits, so texts share many
                shingles.add(random.longs(random.nextInt(30), 0, 60).map(h -> h * 0x9E3779B97F4A7C15L)
                        .sorted().distinct().toArray());
            }
            int maxShared = 2 + random.nextInt(10);
            int minCount = 1 + random.nextInt(3);

            assertArrayEquals(countedOneByOne(shingles, maxShared, minCount),
                    ShingleIndex.candidates(shingles, maxShared, minCount), "round " + round);
        }
    }

    @Test
    void groupingByShingleOrdersEntriesByTheirShingleBitsAndKeepsEveryEntry() {
        var random = new Random(5);
        var packed = random.longs(5_000).toArray();
        var grouped = packed.clone();

        ShingleIndex.groupByShingle(grouped);

        var sorted = packed.clone();
        Arrays.sort(sorted);
        var regrouped = grouped.clone();
        Arrays.sort(regrouped);
        assertArrayEquals(sorted, regrouped);
        for (int i = 1; i < grouped.length; i++) {
            if (Long.compareUnsigned(grouped[i - 1] >>> ShingleIndex.DOC_BITS, grouped[i] >>> ShingleIndex.DOC_BITS) > 0) {
                throw new AssertionError("entry " + i + " is out of order");
            }
        }
    }

    @Test
    void intersectionCountsTheValuesBothArraysHold() {
        var random = new Random(13);
        for (int round = 0; round < 3_000; round++) {
            // values over the sign bit, few or many in common, one array much longer than the other now and then
            long range = 1L + random.nextInt(5_000);
            long[] a = random.longs(random.nextInt(600), -range, range).sorted().distinct().toArray();
            long[] b = random.longs(random.nextInt(round % 5 == 0 ? 3_000 : 600), -range, range).sorted().distinct().toArray();
            var inA = new HashSet<Long>();
            Arrays.stream(a).forEach(inA::add);

            int expected = (int) Arrays.stream(b).filter(inA::contains).count();

            assertEquals(expected, ShingleIndex.intersection(a, b), "round " + round);
            assertEquals(expected, ShingleIndex.intersection(b, a), "round " + round);
            assertEquals(expected, ShingleIndex.intersection(a, b, expected), "round " + round);
        }
    }

    /** Each pair of texts, with its shingles counted over the 40 hash bits the index keeps. */
    private static long[] countedOneByOne(List<long[]> shingles, int maxShared, int minCount) {
        var texts = new TreeMap<Long, List<Integer>>();
        for (int doc = 0; doc < shingles.size(); doc++) {
            for (long hash : shingles.get(doc)) {
                var holders = texts.computeIfAbsent(hash >>> ShingleIndex.DOC_BITS, h -> new ArrayList<>());
                if (!holders.contains(doc)) {
                    holders.add(doc);
                }
            }
        }
        var counts = new TreeMap<Long, Integer>();
        for (var holders : texts.values()) {
            if (holders.size() > maxShared) {
                continue;
            }
            for (int i = 0; i < holders.size(); i++) {
                for (int j = i + 1; j < holders.size(); j++) {
                    long a = Math.min(holders.get(i), holders.get(j));
                    long b = Math.max(holders.get(i), holders.get(j));
                    counts.merge(a << 32 | b, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= minCount).mapToLong(e -> e.getKey()).toArray();
    }
}
