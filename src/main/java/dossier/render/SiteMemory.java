package dossier.render;

import dossier.model.Dossier;
import dossier.model.Event;
import dossier.model.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a {@link SiteRenderer} keeps from one render to the next so that an update after a change
 * redoes only what the change reaches: the search index, paragraph anchors, related lists, the
 * chronology's pieces per event, the timeline's anchors, the site image and the sitemap; and how
 * an update's files are put together from the last render's.
 */
final class SiteMemory {

    final KeptSearchIndex search = new KeptSearchIndex();
    final Map<Slug, SourceParagraphs.Kept> paragraphs = new HashMap<>();
    /** The anchors the last update found, to tell whether the chronology changed; null before the first. */
    SourceParagraphs lastParagraphs;
    /** The event index of the dossier {@link #lastParagraphs} were found for. */
    Map<Slug, List<Event>> paragraphsEvents;
    final Map<Slug, List<Slug>> relatedLists = new ConcurrentHashMap<>();
    final EventPieces<String> calendar = new EventPieces<>();
    final EventPieces<String> json = new EventPieces<>();
    final EventPieces<Views.EventItem> items = new EventPieces<>();
    /** The chronology page and the first page of each tag, with where each event's piece sits. */
    final SplicedPage chronology = new SplicedPage();
    final Map<Slug, SplicedPage> tagPages = new ConcurrentHashMap<>();
    /** The calendar and the JSON of the chronology, with where each event's entry sits. */
    final SplicedFile calendarFile = new SplicedFile();
    final SplicedFile jsonFile = new SplicedFile();
    final KeptPaths articlePaths = new KeptPaths();
    private Map<Slug, Integer> tagPlaces;
    private Map<Slug, int[]> tagPositions;
    private Map<Slug, List<Event>> tagEvents;
    private Dossier latestOf;
    private Dossier sourcesOf;
    private int sources;
    private LocalDate latest;
    private List<Event> anchoredEvents;
    private EventAnchors anchors;
    private List<String> siteImageText = List.of();
    private OutputFile siteImage;
    private List<Object> sitemapListed = List.of();
    private OutputFile sitemap;
    /** The paths the last update's kinds gave. */
    final KindPaths kindPaths = new KindPaths();

    /** The anchors of a timeline: those of last time for the same list (kept whole while no article's events change). */
    synchronized EventAnchors anchors(List<Event> events) {
        if (events != anchoredEvents) {
            anchoredEvents = events;
            anchors = new EventAnchors(events);
        }
        return anchors;
    }

    /**
     * Each tag's articles' places in a dossier with these {@code places}: those found last time for
     * the same places object, which a dossier shares only with the one it was derived from by
     * editing articles in their places (every tag's list holds the same places but those of the
     * tags a changed article took or left, which {@link #retagged} lets go of).
     */
    synchronized Map<Slug, int[]> tagPositions(Map<Slug, Integer> places) {
        placed(places);
        return tagPositions;
    }

    /** Each tag's events in a dossier with these {@code places}: kept as {@link #tagPositions} are, the timeline being the same too. */
    synchronized Map<Slug, List<Event>> tagEvents(Map<Slug, Integer> places) {
        placed(places);
        return tagEvents;
    }

    /**
     * Lets go of what {@link #tagPositions} and {@link #tagEvents} keep for the tags a changed
     * article took or left, when {@code after} shares the places they were kept for: a dossier
     * derived by retagging articles in their places does. A tag's events stay while the article
     * that took or left it reports none (the tag then reports the same events).
     */
    synchronized void retagged(Change change, Dossier after) {
        if (after.places() != tagPlaces) {
            return;
        }
        for (var slug : change.articles()) {
            var was = change.before().article(slug).map(dossier.model.Article::tags).orElse(List.of());
            var now = after.article(slug).map(dossier.model.Article::tags).orElse(List.of());
            boolean reports = !change.before().eventsFrom(slug).isEmpty() || !after.eventsFrom(slug).isEmpty();
            java.util.stream.Stream.concat(was.stream(), now.stream()).filter(tag -> was.contains(tag) != now.contains(tag))
                    .forEach(tag -> {
                        tagPositions.remove(tag);
                        if (reports || after.tag(tag).isEmpty()) {
                            tagEvents.remove(tag);
                        }
                    });
        }
    }

    private void placed(Map<Slug, Integer> places) {
        if (places != tagPlaces) {
            tagPlaces = places;
            tagPositions = new ConcurrentHashMap<>();
            tagEvents = new ConcurrentHashMap<>();
        }
    }

    /**
     * Carries the date of the latest change over from {@code change}'s dossier to {@code after}
     * without reading every article again, when it was worked out for that dossier and no changed
     * article was then changed that late (so none was the latest): the latest of the others is the
     * same, and the changed ones are read as they are now.
     */
    private void latestChange(Change change, Dossier after) {
        if (change.before() != latestOf || latest == null || change.before().articles().isEmpty()) {
            return;
        }
        var newest = latest;
        for (var slug : change.articles()) {
            var was = change.before().article(slug);
            if (was.isPresent() && !was.get().lastChange().isBefore(latest)) {
                return;
            }
            var now = after.article(slug).filter(a -> after.places().containsKey(slug));
            if (now.isPresent() && now.get().lastChange().isAfter(newest)) {
                newest = now.get().lastChange();
            }
        }
        latestOf = after;
        latest = newest;
    }

    /** How many outlets {@code dossier}'s articles name, counted once per dossier or carried over by {@link #carry}. */
    synchronized int sources(Dossier dossier) {
        if (dossier != sourcesOf) {
            sourcesOf = dossier;
            sources = IndexPages.sources(dossier);
        }
        return sources;
    }

    /**
     * Carries what is worked out once per dossier over from {@code change}'s dossier to {@code after}
     * when the change cannot alter it: the latest change (see {@link #latestChange(Change, Dossier)}),
     * and the count of outlets while each changed article names the same outlet, listed as before.
     */
    synchronized void carry(Change change, Dossier after) {
        latestChange(change, after);
        if (change.before() != sourcesOf) {
            return;
        }
        for (var slug : change.articles()) {
            var was = change.before().article(slug).filter(a -> change.before().places().containsKey(slug));
            var now = after.article(slug).filter(a -> after.places().containsKey(slug));
            if (!was.map(a -> a.source().name()).equals(now.map(a -> a.source().name()))) {
                return;
            }
        }
        sourcesOf = after;
    }

    /** The date of the latest change of {@code dossier}'s articles, worked out once per dossier (a render asks several times). */
    synchronized LocalDate latestChange(Dossier dossier, Supplier<LocalDate> working) {
        if (dossier != latestOf) {
            latestOf = dossier;
            latest = working.get();
        }
        return latest;
    }

    /** The site image for {@code text}: the one drawn last time for the same text. */
    synchronized OutputFile siteImage(List<String> text, Supplier<OutputFile> drawing) {
        if (!text.equals(siteImageText)) {
            siteImageText = text;
            siteImage = drawing.get();
        }
        return siteImage;
    }

    /** The sitemap of {@code files}: the one made last time when it lists the same pages with the same dates. */
    synchronized OutputFile sitemap(List<OutputFile> files, LocalDate latestChange, Supplier<OutputFile> making) {
        var listed = new ArrayList<Object>();
        listed.add(latestChange);
        files.stream().filter(OutputFile::inSitemap).forEach(f -> {
            listed.add(f.path());
            listed.add(f.lastChange() == null ? "" : f.lastChange());
        });
        if (!listed.equals(sitemapListed)) {
            sitemapListed = listed;
            sitemap = making.get();
        }
        return sitemap;
    }

    /**
     * The sitemap of last time, when an update kept every path and each file rendered again is
     * listed as the one it replaces, with the same date (so the sitemap lists the same): null otherwise.
     */
    synchronized OutputFile keptSitemap(LocalDate latestChange, List<OutputFile> previous, Map<SitePath, OutputFile> fresh) {
        if (sitemap == null || sitemapListed.isEmpty() || !latestChange.equals(sitemapListed.get(0))) {
            return null;
        }
        for (var now : fresh.values()) {
            int at = SortedFiles.position(previous, now.path());
            var file = at >= 0 ? previous.get(at) : null;
            if (file == null || (now.inSitemap() != file.inSitemap()
                    || !java.util.Objects.equals(now.lastChange(), file.lastChange()))) {
                return null;
            }
        }
        return sitemap;
    }

    /**
     * Whether the chronology's files come out the same: the same events, and each changed article
     * as the timeline shows it (there or not, title, outlet, the anchors of its events' paragraphs).
     */
    static boolean sameTimeline(Change change, Dossier after, SourceParagraphs was, SourceParagraphs is) {
        var before = change.before();
        if (!before.events().equals(after.events())) {
            return false;
        }
        for (var slug : change.articles()) {
            var old = before.article(slug);
            var now = after.article(slug);
            if (old.isPresent() != now.isPresent() || old.isPresent() && (!old.get().title().equals(now.get().title())
                    || !old.get().source().name().equals(now.get().source().name()))) {
                return false;
            }
            var oldEvents = before.eventsFrom(slug);
            var newEvents = after.eventsFrom(slug);
            for (int i = 0; i < newEvents.size(); i++) {
                if (!was.of(oldEvents.get(i), slug).equals(is.of(newEvents.get(i), slug))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A kind of output that only the timeline changes: rendered again only when {@link ChangeScope#timeline()} says so. */
    static OutputKind timeline(OutputKind kind, SitePath... paths) {
        return new OutputKind() {
            @Override
            public List<OutputFile> render() {
                return kind.render();
            }

            @Override
            public Scoped render(ChangeScope scope) {
                if (!scope.timeline()) {
                    if (scope.changesNothing()) {
                        kind.render();
                    }
                    return new Scoped(List.of(), List.of(paths));
                }
                return OutputKind.super.render(scope);
            }
        };
    }

}
