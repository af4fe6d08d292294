package dossier.render;

import dossier.model.Article;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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

    /** A document as the index reads it, its text as chars: the index and the passage files read them so. */
    record Source(String title, char[] text) {

        Source(String title, String text) {
            this(title, text.toCharArray());
        }

        /** An article's title, and its summary before its body as plain text. */
        static Source of(Article article) {
            return new Source(article.title(), PlainText.after(article.summary(), article.markdown()));
        }
    }

    private final TreeMap<String, int[]> postings;

    private SearchIndex(TreeMap<String, int[]> postings) {
        this.postings = postings;
    }

    static SearchIndex of(List<Source> documents) {
        var dictionary = new Dictionary();
        var spares = new ConcurrentLinkedQueue<Tally>();
        var counted = documents.parallelStream().map(d -> count(d, dictionary, spares)).toList();
        var lists = lists(counted, dictionary.numbers.size());
        var sorted = new TreeMap<String, int[]>();
        dictionary.numbers.forEach((term, id) -> sorted.put(term, lists[id]));
        return new SearchIndex(sorted);
    }

    /**
     * Each term's postings from the documents' triples: the documents holding a term are counted
     * first, so that its postings fill one array of their size instead of growing one.
     */
    private static int[][] lists(List<int[]> counted, int terms) {
        var filled = new int[terms];
        for (var triples : counted) {
            for (int i = 0; i < triples.length; i += 3) {
                filled[triples[i]] += 3;
            }
        }
        var lists = new int[terms][];
        for (int term = 0; term < terms; term++) {
            lists[term] = new int[filled[term]];
            filled[term] = 0;
        }
        for (int doc = 0; doc < counted.size(); doc++) {
            var triples = counted.get(doc);
            for (int i = 0; i < triples.length; i += 3) {
                int term = triples[i];
                int at = filled[term];
                lists[term][at] = doc;
                lists[term][at + 1] = triples[i + 1];
                lists[term][at + 2] = triples[i + 2];
                filled[term] = at + 3;
            }
        }
        return lists;
    }

    /** One document's triples, counted with a spare tally (a new one when all are in use), given back after. */
    private static int[] count(Source source, Dictionary dictionary, ConcurrentLinkedQueue<Tally> spares) {
        var tally = spares.poll();
        if (tally == null) {
            tally = new Tally(dictionary);
        }
        var triples = tally.count(source);
        spares.add(tally);
        return triples;
    }

    /**
     * Counts one document's terms at a time into a table indexed by term number, title count in the
     * high half of each slot and text count in the low half, then empties the slots it used: counting
     * costs one increment per word, without sorting the document's words. Terms are numbered as met
     * (the numbers depend on thread timing, never the output, which is sorted by term).
     */
    private static final class Tally {
        private static final int TITLE = 1 << 16;
        private int[] counts = new int[1 << 12];
        private final Growing touched = new Growing();
        private final SearchTerms.Numbering numbering;

        Tally(Dictionary dictionary) {
            numbering = new SearchTerms.Numbering(dictionary::number);
        }

        /** One document's (term number, title count, text count) triples. */
        int[] count(Source source) {
            numbering.forEach(source.title(), t -> add(t, TITLE));
            numbering.forEach(source.text(), t -> add(t, 1));
            var triples = new int[touched.size * 3];
            for (int i = 0; i < touched.size; i++) {
                int term = touched.values[i];
                triples[3 * i] = term;
                triples[3 * i + 1] = counts[term] >>> 16;
                triples[3 * i + 2] = counts[term] & (TITLE - 1);
                counts[term] = 0;
            }
            touched.size = 0;
            return triples;
        }

        /** Adds one to the title ({@code TITLE}) or text ({@code 1}) count of a term, up to {@link #MAX_COUNT}. */
        private void add(int term, int one) {
            if (term >= counts.length) {
                counts = Arrays.copyOf(counts, Math.max(counts.length * 2, term + 1));
            }
            int slot = counts[term];
            if (slot == 0) {
                touched.add(term);
            }
            if ((one == TITLE ? slot >>> 16 : slot & (TITLE - 1)) < MAX_COUNT) {
                counts[term] = slot + one;
            }
        }
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

    /** A list of ints that grows without boxing: the numbers of the terms a document holds. */
    private static final class Growing {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }
    }
}
