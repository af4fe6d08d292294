package dossier.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole dossier, immutable: settings, published articles (newest first), pages, the tags
 * in use and the merged chronology, with the indexes that answer the cross-questions.
 *
 * <p>{@code copies} are articles republishing the story of a listed one (found by the load stage):
 * each keeps its page, but no list, tag or chronology shows it; {@code originals} maps a copy's
 * slug to the listed article's. {@code tagsBySlug} holds the tags of {@code tags} by slug.
 */
public record Dossier(
        Settings settings,
        List<Article> articles,
        List<Page> pages,
        List<Tag> tags,
        List<Event> events,
        Map<Slug, Article> articleIndex,
        Map<Slug, List<Article>> tagIndex,
        Map<Slug, List<Event>> eventIndex,
        List<Article> copies,
        Map<Slug, Slug> originals,
        Map<Slug, Tag> tagsBySlug) {

    /** Newest first; equal dates by slug so the order never depends on the file system. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date)
            .reversed().thenComparing(Article::slug);

    public Dossier {
        Objects.requireNonNull(settings, "settings");
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        tags = List.copyOf(tags);
        events = List.copyOf(events);
        // an index of places is immutable already, and shared with the dossier it was derived from
        articleIndex = articleIndex instanceof ArticleIndex ? articleIndex : Map.copyOf(articleIndex);
        tagIndex = Map.copyOf(tagIndex);
        eventIndex = Map.copyOf(eventIndex);
        copies = List.copyOf(copies);
        originals = Map.copyOf(originals);
        tagsBySlug = Map.copyOf(tagsBySlug);
    }

    /**
     * Builds the dossier from loaded parts: drops drafts unless the settings include them,
     * sorts, merges events, and indexes tags.
     */
    public static Dossier of(Settings settings, List<Article> loaded, List<Page> pages, List<Event> curated) {
        return of(settings, loaded, pages, curated, Map.of(), new ArrayList<>());
    }

    /**
     * As {@link #of(Settings, List, List, List)}, with {@code copyOf} mapping the slug of each
     * republished copy to the slug of the article listed in its place, and adding to
     * {@code problems} what merging the chronology found (conflicting dates).
     */
    public static Dossier of(Settings settings, List<Article> loaded, List<Page> pages, List<Event> curated,
            Map<Slug, Slug> copyOf, List<Problem> problems) {
        return of(settings, loaded, pages, copyOf, problems, listed -> Chronology.merge(curated, listed));
    }

    /**
     * As {@link #of(Settings, List, List, List, Map, List)}, the timeline made by {@code timeline}
     * from the listed articles, newest first: the preview passes one that keeps the last merge.
     */
    public static Dossier of(Settings settings, List<Article> loaded, List<Page> pages, Map<Slug, Slug> copyOf,
            List<Problem> problems, java.util.function.Function<List<Article>, Chronology.Merged> timeline) {
        var published = loaded.stream()
                .filter(a -> settings.drafts() || !a.draft())
                .sorted(NEWEST_FIRST)
                .toList();
        var bySlug = new java.util.HashMap<Slug, Article>(published.size() * 2);
        published.forEach(a -> bySlug.put(a.slug(), a));
        var originals = new LinkedHashMap<Slug, Slug>();
        copyOf.forEach((copy, original) -> {
            if (bySlug.containsKey(copy) && bySlug.containsKey(original) && !copyOf.containsKey(original)) {
                originals.put(copy, original);
            }
        });
        var articles = originals.isEmpty() ? published : published.stream().filter(a -> !originals.containsKey(a.slug())).toList();
        var copies = published.stream().filter(a -> originals.containsKey(a.slug())).toList();
        var byTag = new LinkedHashMap<Slug, List<Article>>();
        for (var article : articles) {
            for (var tag : article.tags()) {
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(article);
            }
        }
        var tags = usedTags(settings, articles, byTag);
        var frozen = new LinkedHashMap<Slug, List<Article>>();
        byTag.forEach((tag, list) -> frozen.put(tag, List.copyOf(list)));
        var sortedPages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
        var merged = timeline.apply(articles);
        problems.addAll(merged.problems());
        var events = merged.events();
        var tagsBySlug = new java.util.HashMap<Slug, Tag>();
        tags.forEach(tag -> tagsBySlug.putIfAbsent(tag.slug(), tag));
        return new Dossier(settings, articles, sortedPages, tags, events, ArticleIndex.of(articles, copies), frozen,
                eventsBySource(events), copies, originals, tagsBySlug);
    }

    /**
     * The dossier {@code Dossier.of} makes when {@code edited}, new records of listed articles of
     * this one, replace the records of the same slug, with {@code settings} and {@code pages} equal
     * to this one's: made from this one, without sorting and indexing every article again. Empty
     * unless each edited article keeps what the sorting and the timeline read: the slug, the date
     * and the events of its record here, listed still (not a draft hidden), no copy republishing
     * it, so that only its own record changes in the list; and no slug taken twice. Tags may come
     * and go: only the lists of the tags an edited article carried or carries are made again, and a
     * tag appearing or vanishing is put in or taken out of the sorted tags (empty when it sorts
     * level with another, whose order then depends on which article names it first).
     */
    public Optional<Dossier> edited(Settings settings, List<Page> pages, List<Article> edited) {
        var places = places();
        if (places.size() != articles.size() || !settings.equals(this.settings)
                || !pages.stream().sorted(Comparator.comparing(Page::slug)).toList().equals(this.pages)) {
            return Optional.empty(); // a slug taken twice (the places name one of the two), or other settings or pages
        }
        var listed = new ArrayList<>(articles);
        var touched = new java.util.LinkedHashSet<Slug>();
        var replaced = new java.util.IdentityHashMap<Article, Article>();
        for (var now : edited) {
            var at = places.get(now.slug());
            var was = at == null ? null : articles.get(at);
            if (was == null || replaced.containsKey(was) || !was.date().equals(now.date())
                    || !was.events().equals(now.events()) || !settings.drafts() && now.draft()
                    || !copiesOf(now.slug()).isEmpty()) {
                return Optional.empty();
            }
            listed.set(at, now);
            replaced.put(was, now);
            touched.addAll(was.tags());
            touched.addAll(now.tags());
        }
        var frozen = List.copyOf(listed);
        return Retagging.of(settings, tags, tagIndex, tagsBySlug, touched, replaced).map(retagged -> new Dossier(settings,
                frozen, this.pages, retagged.tags(), events, index().with(frozen), retagged.tagIndex(), eventIndex, copies,
                originals, retagged.tagsBySlug()));
    }

    /** Each listed article's place in {@link #articles()}, by slug. */
    public Map<Slug, Integer> places() {
        return index().positions();
    }

    private ArticleIndex index() {
        return articleIndex instanceof ArticleIndex index ? index : ArticleIndex.of(articles, copies);
    }

    /** Each article's events in chronological order, so no page scans the whole timeline. */
    private static Map<Slug, List<Event>> eventsBySource(List<Event> events) {
        var index = new LinkedHashMap<Slug, List<Event>>();
        for (var event : events) {
            event.sources().forEach(source -> index.computeIfAbsent(source, s -> new ArrayList<>()).add(event));
        }
        var frozen = new LinkedHashMap<Slug, List<Event>>();
        index.forEach((slug, list) -> frozen.put(slug, List.copyOf(list)));
        return frozen;
    }

    private static List<Tag> usedTags(Settings settings, List<Article> articles, Map<Slug, List<Article>> byTag) {
        var vocabulary = new LinkedHashMap<Slug, Tag>();
        settings.vocabulary().forEach(t -> vocabulary.put(t.slug(), t));
        var tags = new ArrayList<Tag>();
        for (var slug : byTag.keySet()) {
            tags.add(vocabulary.getOrDefault(slug, new Tag(slug, slug.value(), "", List.of())));
        }
        tags.sort(Comparator.naturalOrder());
        return tags;
    }

    public Optional<Article> article(Slug slug) {
        return Optional.ofNullable(articleIndex.get(slug));
    }

    /** The listed article a copy republishes, when {@code copy} is one. */
    public Optional<Article> originalOf(Slug copy) {
        return Optional.ofNullable(originals.get(copy)).map(articleIndex::get);
    }

    /** The copies republishing a listed article's story, in the order of {@link #copies()}: few, so scanned. */
    public List<Article> copiesOf(Slug original) {
        return copies.stream().filter(c -> original.equals(originals.get(c.slug()))).toList();
    }

    /** The tag of that slug in use, looked up by slug: every card of an article asks for each of its tags. */
    public Optional<Tag> tag(Slug slug) {
        return Optional.ofNullable(tagsBySlug.get(slug));
    }

    /** The articles carrying a tag, newest first. */
    public List<Article> articlesTagged(Slug tag) {
        return tagIndex.getOrDefault(tag, List.of());
    }

    /** The events an article reports, in chronological order. */
    public List<Event> eventsFrom(Slug article) {
        return eventIndex.getOrDefault(article, List.of());
    }

    /** The events reported by at least one article carrying a tag, in chronological order. */
    public List<Event> eventsTagged(Slug tag) {
        var tagged = new java.util.HashSet<Slug>();
        articlesTagged(tag).forEach(article -> tagged.add(article.slug()));
        return events.stream().filter(e -> e.sources().stream().anyMatch(tagged::contains)).toList();
    }
}
