package dossier.render;

import dossier.model.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search index as the preview keeps it from one render to the next: each article's term
 * counts, the postings and their JSON members by term, and the shards. After a change that keeps
 * the articles' order, only the terms of the changed articles (old and new) are posted again;
 * otherwise the postings are rebuilt from the counts kept, counting only the new articles.
 * It gives the shards {@link SearchShards#split(SearchIndex)} gives for the same articles.
 */
final class KeptSearchIndex {

    /** One article's terms, sorted, and for the i-th its (title, text) counts at 2i and 2i + 1: flat, as 10,000 are kept. */
    record Counted(Article article, String[] terms, int[] counts) {

        /** The (title, text) counts of {@code term}, null when the article lacks it. */
        int[] of(String term) {
            int at = Arrays.binarySearch(terms, term);
            return at < 0 ? null : new int[] {counts[2 * at], counts[2 * at + 1]};
        }
    }

    /** Past this many articles in other places than last time, documents are taken again by record. */
    private static final int PLACED = 64;

    private List<Counted> documents = List.of();
    private final TreeMap<String, int[]> postings = new TreeMap<>();
    private final TreeMap<String, String> members = new TreeMap<>();
    /** One string per term, shared by the documents holding it. */
    private final Map<String, String> canonical = new java.util.concurrent.ConcurrentHashMap<>();
    private List<SearchShards.Shard> shards = List.of();
    private List<SearchShards.Shard> previousShards = List.of();

    List<SearchShards.Shard> shards() {
        return shards;
    }

    /** The positions whose shard differs from the one there before the last update. */
    Set<Integer> changedShards() {
        var changed = new HashSet<Integer>();
        for (int i = 0; i < shards.size(); i++) {
            if (i >= previousShards.size() || !shards.get(i).equals(previousShards.get(i))) {
                changed.add(i);
            }
        }
        return changed;
    }

    /**
     * Holds the index of {@code articles} (newest first); returns the positions of the documents
     * that changed, or null when the order changed and every position may hold another document.
     */
    Set<Integer> update(List<Article> articles) {
        var fresh = counted(articles);
        var changed = new HashSet<Integer>();
        boolean sameOrder = fresh.size() == documents.size();
        for (int i = 0; sameOrder && i < fresh.size(); i++) {
            if (fresh.get(i) != documents.get(i)) {
                sameOrder = documents.get(i).article().slug().equals(fresh.get(i).article().slug());
                changed.add(i);
            }
        }
        var before = documents;
        documents = fresh;
        previousShards = shards;
        if (!sameOrder) {
            rebuild();
            return null;
        }
        var terms = new java.util.TreeSet<String>();
        for (int i : changed) {
            differing(before.get(i), fresh.get(i), terms);
        }
        for (var term : terms) {
            var list = repost(postings.getOrDefault(term, new int[0]), changed, term);
            if (list.length == 0) {
                postings.remove(term);
                members.remove(term);
            } else {
                postings.put(term, list);
                members.put(term, SearchShards.member(term, list));
            }
        }
        shards = SearchShards.split(members);
        return changed;
    }

    /**
     * The documents of {@code articles}, those kept taken again: by place when each article is the
     * one counted there last time (an edit replaces a few records in their places), else by record.
     */
    private List<Counted> counted(List<Article> articles) {
        var fresh = new ArrayList<Counted>(articles.size());
        var recount = new ArrayList<Integer>();
        boolean placed = articles.size() == documents.size();
        for (int i = 0; placed && i < articles.size(); i++) {
            fresh.add(articles.get(i) == documents.get(i).article() ? documents.get(i) : null);
            if (fresh.get(i) == null) {
                recount.add(i);
                placed = recount.size() <= PLACED;
            }
        }
        if (placed) {
            var counts = recount.parallelStream().map(i -> count(articles.get(i), canonical)).toList();
            for (int i = 0; i < recount.size(); i++) {
                fresh.set(recount.get(i), counts.get(i));
            }
            return fresh;
        }
        var kept = new IdentityHashMap<Article, Counted>();
        documents.forEach(d -> kept.put(d.article(), d));
        return articles.parallelStream().map(a -> kept.containsKey(a) ? kept.get(a) : count(a, canonical)).toList();
    }

    /** Adds the terms whose counts differ between two versions of a document: a new sentence moves only its own words. */
    private static void differing(Counted was, Counted is, Set<String> terms) {
        for (var term : was.terms()) {
            if (!Arrays.equals(was.of(term), is.of(term))) {
                terms.add(term);
            }
        }
        for (var term : is.terms()) {
            if (was.of(term) == null) {
                terms.add(term);
            }
        }
    }

    /** A term's postings with the entries of the changed documents replaced by their new counts. */
    private int[] repost(int[] old, Set<Integer> changed, String term) {
        var out = new int[old.length + changed.size() * 3];
        var sorted = changed.stream().sorted().toList();
        int n = 0;
        int next = 0;
        for (int i = 0; i <= old.length; i += 3) {
            int doc = i < old.length ? old[i] : Integer.MAX_VALUE;
            for (; next < sorted.size() && sorted.get(next) <= doc; next++) {
                n = post(out, n, sorted.get(next), documents.get(sorted.get(next)).of(term));
            }
            if (i < old.length && !changed.contains(doc)) {
                out[n++] = doc;
                out[n++] = old[i + 1];
                out[n++] = old[i + 2];
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int post(int[] out, int n, int doc, int[] counts) {
        if (counts == null) {
            return n;
        }
        out[n] = doc;
        out[n + 1] = counts[0];
        out[n + 2] = counts[1];
        return n + 3;
    }

    /** Posts every document again from the counts kept: after the order changed, every number may have. */
    private void rebuild() {
        var lists = new TreeMap<String, List<int[]>>();
        for (int doc = 0; doc < documents.size(); doc++) {
            var document = documents.get(doc);
            for (int i = 0; i < document.terms().length; i++) {
                lists.computeIfAbsent(document.terms()[i], t -> new ArrayList<>())
                        .add(new int[] {doc, document.counts()[2 * i], document.counts()[2 * i + 1]});
            }
        }
        postings.clear();
        members.clear();
        canonical.keySet().retainAll(lists.keySet());
        lists.forEach((term, entries) -> {
            var flat = new int[entries.size() * 3];
            for (int i = 0; i < entries.size(); i++) {
                System.arraycopy(entries.get(i), 0, flat, i * 3, 3);
            }
            postings.put(term, flat);
            members.put(term, SearchShards.member(term, flat));
        });
        shards = SearchShards.split(members);
    }

    /** One article counted as {@link SearchIndex} counts it: the index of that article alone. */
    private static Counted count(Article article, Map<String, String> canonical) {
        var alone = SearchIndex.of(List.of(SearchIndex.Source.of(article))).postings();
        var terms = new String[alone.size()];
        var counts = new int[alone.size() * 2];
        int i = 0;
        for (var entry : alone.entrySet()) {
            terms[i] = canonical.computeIfAbsent(entry.getKey(), t -> t);
            counts[2 * i] = entry.getValue()[1];
            counts[2 * i + 1] = entry.getValue()[2];
            i++;
        }
        return new Counted(article, terms, counts);
    }
}
