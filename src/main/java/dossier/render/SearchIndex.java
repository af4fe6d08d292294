package dossier.render;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
        var dictionary = new Dictionary();
        var counted = documents.parallelStream().map(d -> count(d, dictionary)).toList();
        var lists = new Growing[dictionary.numbers.size()];
        for (int doc = 0; doc < counted.size(); doc++) {
            var triples = counted.get(doc);
            for (int i = 0; i < triples.length; i += 3) {
                var list = lists[triples[i]];
                if (list == null) {
                    list = lists[triples[i]] = new Growing();
                }
                list.add(doc, triples[i + 1], triples[i + 2]);
            }
        }
        var sorted = new TreeMap<String, int[]>();
        dictionary.numbers.forEach((term, id) -> sorted.put(term, lists[id].toArray()));
        return new SearchIndex(sorted);
    }

    /**
     * One document's (term number, title count, text count) triples. Terms are numbered as met
     * (the numbers depend on thread timing, never the output, which is sorted by term), so
     * counting is a sort of small integers rather than a map per document.
     */
    private static int[] count(Source source, Dictionary dictionary) {
        var seen = new Growing();
        SearchTerms.forEach(source.title(), t -> seen.add(dictionary.number(t) * 2));
        SearchTerms.forEach(source.text(), t -> seen.add(dictionary.number(t) * 2 + 1));
        var marks = seen.toArray();
        Arrays.sort(marks);
        var triples = new Growing();
        for (int i = 0; i < marks.length;) {
            int term = marks[i] / 2;
            int title = 0;
            int text = 0;
            for (; i < marks.length && marks[i] / 2 == term; i++) {
                if (marks[i] % 2 == 0) {
                    title++;
                } else {
                    text++;
                }
            }
            triples.add(term, Math.min(title, MAX_COUNT), Math.min(text, MAX_COUNT));
        }
        return triples.toArray();
    }

    /** Numbers terms as the threads meet them; each term gets one number, numbers run from 0 without gaps. */
    private static final class Dictionary {
        private final ConcurrentHashMap<String, Integer> numbers = new ConcurrentHashMap<>();
        private final AtomicInteger next = new AtomicInteger();

        int number(String term) {
            var known = numbers.get(term);
            return known != null ? known : numbers.computeIfAbsent(term, t -> next.getAndIncrement());
        }
    }

    /** Terms in order, each with its postings as (document, title count, text count) triples, documents ascending. */
    TreeMap<String, int[]> postings() {
        return postings;
    }

    /** The postings of one term, empty when no document holds it. */
    int[] postings(String term) {
        return postings.getOrDefault(term, new int[0]);
    }

    /** A list of ints that grows without boxing: the index of a large dossier holds millions. */
    private static final class Growing {
        private int[] values = new int[6];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        void add(int doc, int title, int text) {
            add(doc);
            add(Math.min(title, MAX_COUNT));
            add(Math.min(text, MAX_COUNT));
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
