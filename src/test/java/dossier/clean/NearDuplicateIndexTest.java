package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The index kept up to date text by text finds the pairs a fresh comparison of all texts finds. */
class NearDuplicateIndexTest {

    private final NearDuplicateIndex index = new NearDuplicateIndex();
    private final Map<String, String> held = new LinkedHashMap<>();

    @Test
    void textsPutChangedAndRemovedGiveThePairsOfAFreshComparison() {
        var random = new Random(7);
        var stories = IntStream.range(0, 6).mapToObj(i -> words(random, 60)).toList();
        for (int step = 0; step < 120; step++) {
            var id = "t" + random.nextInt(25);
            if (random.nextInt(5) == 0) {
                remove(id);
            } else {
                // a story, often with its own intro and ending: copies of one another, or not
                var story = stories.get(random.nextInt(stories.size()));
                put(id, words(random, random.nextInt(30)) + story + words(random, random.nextInt(30)));
            }
            assertSamePairs();
        }
        assertFalse(fresh().isEmpty(), "the texts made some pairs, so the comparison tested something");
    }

    @Test
    void aPassageSharedByMoreTextsThanTheLimitStopsPairingThemAndPairsThemAgainOnceFewer() {
        var random = new Random(11);
        var boilerplate = words(random, 80);
        for (int i = 0; i < 50; i++) {
            put("t" + i, boilerplate + words(random, 15));
        }
        assertSamePairs();
        assertEquals(50 * 49 / 2, index.pairs().size(), "under the limit the shared passage pairs every two texts");
        put("t50", boilerplate + words(random, 15));
        assertSamePairs();
        assertTrue(index.pairs().isEmpty(), "past the limit the passage is boilerplate");
        remove("t7");
        assertSamePairs();
        assertEquals(50 * 49 / 2, index.pairs().size());
        put("t8", words(random, 90));
        put("t51", boilerplate + words(random, 15));
        assertSamePairs();
    }

    private void put(String id, String text) {
        held.put(id, text);
        index.put(id, text);
    }

    private void remove(String id) {
        held.remove(id);
        index.remove(id);
    }

    private void assertSamePairs() {
        assertEquals(fresh(), normal(index.pairs()));
    }

    private Set<List<Object>> fresh() {
        var documents = held.entrySet().stream().map(e -> new NearDuplicates.Document(e.getKey(), e.getValue())).toList();
        return normal(new NearDuplicates().find(documents));
    }

    /** Pairs as sets, ids in order: the index numbers texts in its own order, so which comes first may differ. */
    private static Set<List<Object>> normal(List<DuplicatePair> pairs) {
        return pairs.stream().map(p -> List.<Object>of(min(p), max(p), p.containment(), p.shared()))
                .collect(Collectors.toSet());
    }

    private static String min(DuplicatePair pair) {
        return pair.first().compareTo(pair.second()) < 0 ? pair.first() : pair.second();
    }

    private static String max(DuplicatePair pair) {
        return pair.first().compareTo(pair.second()) < 0 ? pair.second() : pair.first();
    }

    private static String words(Random random, int count) {
        var words = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var word = new StringBuilder();
            for (int j = 0, n = 3 + random.nextInt(5); j < n; j++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words.add(word.toString());
        }
        return String.join(" ", words) + ". ";
    }
}
