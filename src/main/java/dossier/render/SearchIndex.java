package dossier.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inverted index of the search page: for each search term, the documents holding it with
 * how often it occurs in the title and in the text. Documents are numbered in the order given
 * (newest article first), so a smaller number is a more recent article. Built in one pass over
 * each document, documents in parallel.
 */
final class SearchIndex {

    /** Counts above this add nothing to a ranking and would only lengthen the index. */
    static final int MAX_COUNT = 99;

    /** A document as the index reads it. */
    record Source(String title, String text) {
    }

    private final TreeMap<String, int[]> postings;

    private SearchIndex(TreeMap<String, int[]> postings) {
        this.postings = postings;
    }

    static SearchIndex of(List<Source> documents) {
        var counted = documents.parallelStream().map(SearchIndex::count).toList();
        var growing = new HashMap<String, Growing>();
        for (int doc = 0; doc < counted.size(); doc++) {
            for (var entry : counted.get(doc).entrySet()) {
                var counts = entry.getValue();
                growing.computeIfAbsent(entry.getKey(), t -> new Growing()).add(doc, counts[0], counts[1]);
            }
        }
        var sorted = new TreeMap<String, int[]>();
        growing.forEach((term, list) -> sorted.put(term, list.toArray()));
        return new SearchIndex(sorted);
    }

    /** Each term's title and text counts in one document. */
    private static Map<String, int[]> count(Source source) {
        var counts = new HashMap<String, int[]>();
        SearchTerms.forEach(source.title(), t -> counts.computeIfAbsent(t, k -> new int[2])[0]++);
        SearchTerms.forEach(source.text(), t -> counts.computeIfAbsent(t, k -> new int[2])[1]++);
        return counts;
    }

    /** Terms in order, each with its postings as (document, title count, text count) triples, documents ascending. */
    TreeMap<String, int[]> postings() {
        return postings;
    }

    /** The postings of one term, empty when no document holds it. */
    int[] postings(String term) {
        return postings.getOrDefault(term, new int[0]);
    }

    /** A list of triples that grows without boxing: the index of a large dossier holds millions. */
    private static final class Growing {
        private int[] values = new int[6];
        private int size;

        void add(int doc, int title, int text) {
            if (size + 3 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = doc;
            values[size++] = Math.min(title, MAX_COUNT);
            values[size++] = Math.min(text, MAX_COUNT);
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
