package dossier.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A dossier's articles by slug, listed and copies alike, read through each listed article's place
 * in the newest-first list: a dossier whose edited articles keep their places shares the places of
 * the one before, rather than hashing 10,000 slugs again for one edit. Immutable.
 */
final class ArticleIndex extends AbstractMap<Slug, Article> {

    private final Map<Slug, Integer> positions;
    private final List<Article> listed;
    private final Map<Slug, Article> copies;

    /** {@code positions}: each article of {@code listed}'s place there, by slug (the last of a slug taken twice). */
    private ArticleIndex(Map<Slug, Integer> positions, List<Article> listed, Map<Slug, Article> copies) {
        this.positions = positions;
        this.listed = listed;
        this.copies = copies;
    }

    /** The index of {@code listed} (immutable) and of the republished {@code copies}. */
    static ArticleIndex of(List<Article> listed, List<Article> copies) {
        var positions = new HashMap<Slug, Integer>(listed.size() * 2);
        for (int i = 0; i < listed.size(); i++) {
            positions.put(listed.get(i).slug(), i);
        }
        var bySlug = new HashMap<Slug, Article>();
        copies.forEach(copy -> bySlug.put(copy.slug(), copy));
        return new ArticleIndex(Map.copyOf(positions), listed, Map.copyOf(bySlug));
    }

    /** This index for {@code listed}, whose slugs are those of this one's list, in the same places. */
    ArticleIndex with(List<Article> listed) {
        return new ArticleIndex(positions, listed, copies);
    }

    /** Each listed article's place in the newest-first list, by slug. */
    Map<Slug, Integer> positions() {
        return positions;
    }

    @Override
    public Article get(Object slug) {
        var at = positions.get(slug);
        return at != null ? listed.get(at) : copies.get(slug);
    }

    @Override
    public boolean containsKey(Object slug) {
        return positions.containsKey(slug) || copies.containsKey(slug);
    }

    @Override
    public int size() {
        return positions.size() + copies.size();
    }

    @Override
    public Set<Entry<Slug, Article>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Slug, Article>> iterator() {
                return Stream.concat(positions.entrySet().stream().map(e -> Map.entry(e.getKey(), listed.get(e.getValue()))),
                        copies.entrySet().stream()).iterator();
            }

            @Override
            public int size() {
                return ArticleIndex.this.size();
            }
        };
    }
}
