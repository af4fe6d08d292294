package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the whole site from the dossier: every page, feed and asset as bytes, sorted by path.
 * Templates are compiled once; pages render in parallel.
 */
public final class SiteRenderer {

    private final Templates templates;
    private final Map<String, byte[]> assets;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Bodies bodies = new Bodies(markdown);
    private final PreviewImage previews = new PreviewImage();
    /** Kept for {@link #update}: filled at the first update, as a full build needs none of it. */
    private final KeptSearchIndex search = new KeptSearchIndex();
    private final Map<dossier.model.Slug, SourceParagraphs.Kept> paragraphs = new HashMap<>();
    private SourceParagraphs lastParagraphs;
    private List<Object> sitemapListed = List.of();
    private TimelineAnchors lastAnchors;
    private List<String> siteImageText = List.of();
    private OutputFile siteImage;
    private final EventPieces<String> calendarPieces = new EventPieces<>();
    private final Map<dossier.model.Slug, List<dossier.model.Slug>> relatedLists = new java.util.concurrent.ConcurrentHashMap<>();
    private final EventPieces<String> jsonPieces = new EventPieces<>();
    private final EventPieces<Views.EventItem> itemPieces = new EventPieces<>();

    /** The anchors made for a timeline, kept with it. */
    private record TimelineAnchors(List<dossier.model.Event> events, EventAnchors anchors) {
    }
    private OutputFile sitemapFile;
    private final LocalDate today;

    /**
     * {@code assets} are the theme's files by path under {@code assets/}; {@code today} decides
     * which events are still to come (passed in so a build is reproducible).
     */
    public SiteRenderer(Templates templates, Map<String, byte[]> assets, LocalDate today) {
        this.templates = templates;
        this.assets = Map.copyOf(assets);
        this.today = today;
    }

    public List<OutputFile> render(Dossier dossier) {
        return Workers.run(() -> {
            var files = new ArrayList<OutputFile>();
            // Kinds render side by side: the one-page kinds (chronology, index) would otherwise leave a core idle.
            kinds(dossier, SourceParagraphs.of(dossier, bodies), null).parallelStream().map(OutputKind::render)
                    .forEachOrdered(files::addAll);
            return finish(dossier, files);
        });
    }

    /** Adds what is made from the other files (the sitemap lists the pages rendered), sorted by path. */
    private List<OutputFile> finish(Dossier dossier, List<OutputFile> files) {
        bodies.keepOnly(dossier);
        files.add(new Sitemap(dossier.settings().baseUrl(), latestChange(dossier)).render(files));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** The preview image of the front page, also shown for tags and the other pages; drawn again only when its text changes. */
    private OutputFile siteImage(Dossier dossier) {
        var settings = dossier.settings();
        var kicker = settings.publisher().isBlank() ? "Dossier de presse" : settings.publisher();
        var articles = dossier.articles().size();
        var footer = articles + (articles > 1 ? " articles" : " article")
                + (articles == 0 ? "" : " · mis à jour le " + FrenchDates.day(latestChange(dossier)));
        var text = List.of(FrenchTypography.text(kicker), FrenchTypography.text(settings.title()), footer);
        if (!text.equals(siteImageText)) {
            siteImageText = text;
            siteImage = new OutputFile(PreviewImage.SITE, previews.draw(text.get(0), text.get(1), text.get(2)));
        }
        return siteImage;
    }

    /** The newest change of any article: the date of pages that have none of their own; the build date without articles. */
    private LocalDate latestChange(Dossier dossier) {
        return dossier.articles().stream().map(Article::lastChange).max(LocalDate::compareTo).orElse(today);
    }

    /**
     * Renders again after some articles changed: each kind renders only the files the change can
     * alter, the others keep their bytes from {@code previous} (the files the last render gave).
     * The result is the same as {@link #render} of {@code dossier}, byte for byte.
     */
    public List<OutputFile> update(Dossier dossier, Change change, List<OutputFile> previous) {
        return Workers.run(() -> updateOnPool(dossier, change, previous));
    }

    private List<OutputFile> updateOnPool(Dossier dossier, Change change, List<OutputFile> previous) {
        var was = lastParagraphs;
        var sourceParagraphs = SourceParagraphs.of(dossier, bodies, paragraphs);
        lastParagraphs = sourceParagraphs;
        var scope = new ChangeScope(change, dossier, was != null && sameTimeline(change, dossier, was, sourceParagraphs));
        var fresh = new HashMap<SitePath, OutputFile>();
        var paths = new ArrayList<SitePath>(previous.size());
        // the pieces of the chronology that a changed article's title or paragraphs can alter
        var stale = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Event, Boolean>());
        change.articles().forEach(slug -> stale.addAll(dossier.eventsFrom(slug)));
        for (var scoped : kinds(dossier, sourceParagraphs, stale).parallelStream().map(kind -> kind.render(scope)).toList()) {
            scoped.rendered().forEach(file -> fresh.put(file.path(), file));
            paths.addAll(scoped.paths());
        }
        var files = samePaths(paths, previous) ? replaced(previous, fresh) : merged(paths, fresh, previous);
        bodies.keepOnly(dossier);
        files.add(Collections.binarySearch(files.stream().map(OutputFile::path).toList(), Sitemap.PATH) * -1 - 1,
                sitemap(dossier, files));
        return files;
    }

    /** Whether {@code paths} are those of {@code previous} but its sitemap: then no file was added or removed. */
    private static boolean samePaths(List<SitePath> paths, List<OutputFile> previous) {
        if (paths.size() != previous.size() - 1) {
            return false;
        }
        var set = new HashSet<>(paths);
        return previous.stream().allMatch(f -> f.path().equals(Sitemap.PATH) || set.contains(f.path()));
    }

    /** The previous files, sitemap left out, each replaced by the one rendered again if any: sorted, as they were. */
    private static List<OutputFile> replaced(List<OutputFile> previous, Map<SitePath, OutputFile> fresh) {
        var files = new ArrayList<OutputFile>(previous.size());
        for (var file : previous) {
            if (!file.path().equals(Sitemap.PATH)) {
                files.add(fresh.getOrDefault(file.path(), file));
            }
        }
        return files;
    }

    /** The files at {@code paths}, rendered again or kept from {@code previous}, sorted by path. */
    private static List<OutputFile> merged(List<SitePath> paths, Map<SitePath, OutputFile> fresh, List<OutputFile> previous) {
        var kept = new HashMap<SitePath, OutputFile>();
        previous.forEach(file -> kept.put(file.path(), file));
        var files = new ArrayList<OutputFile>(paths.size() + 1);
        for (var path : paths) {
            var file = fresh.containsKey(path) ? fresh.get(path) : kept.get(path);
            if (file == null) {
                throw new IllegalStateException("no file for " + path + " after the change: a kind's scope missed it");
            }
            files.add(file);
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** The sitemap of {@code files}, the one made last time when it lists the same pages with the same dates. */
    private OutputFile sitemap(Dossier dossier, List<OutputFile> files) {
        var listed = new ArrayList<Object>();
        listed.add(latestChange(dossier));
        files.stream().filter(OutputFile::inSitemap).forEach(f -> {
            listed.add(f.path());
            listed.add(f.lastChange() == null ? "" : f.lastChange());
        });
        if (!listed.equals(sitemapListed)) {
            sitemapListed = listed;
            sitemapFile = new Sitemap(dossier.settings().baseUrl(), latestChange(dossier)).render(files);
        }
        return sitemapFile;
    }

    /**
     * Whether the chronology's files come out the same: the same events, and each changed article
     * as the timeline shows it (there or not, title, outlet, the anchors of its events' paragraphs).
     */
    private static boolean sameTimeline(Change change, Dossier after, SourceParagraphs was, SourceParagraphs is) {
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

    /**
     * Every kind of output; {@code stale} names the events (by identity) whose pieces of the
     * chronology must be made again even if the timeline is the one of the last render (null: all).
     */
    private List<OutputKind> kinds(Dossier dossier, SourceParagraphs sourceParagraphs, Set<Event> stale) {
        // the same timeline (the preview keeps its last merge when no article's events changed) keeps its anchors
        var anchors = lastAnchors != null && lastAnchors.events() == dossier.events() ? lastAnchors.anchors()
                : new EventAnchors(dossier.events());
        lastAnchors = new TimelineAnchors(dossier.events(), anchors);
        var cards = new Cards(dossier, today, anchors, sourceParagraphs);
        var parts = new Parts(dossier, templates, markdown, bodies, cards, pagesOf(dossier), previews, assets);
        var calendar = new ChronologyCalendar(parts, today);
        var json = new ChronologyJson(parts);
        return List.of(
                new IndexPages(parts),
                new ArticlePages(parts, relatedLists),
                new TagPages(parts),
                new ChronologyPage(parts, context -> itemPieces.of(dossier.events(), stale, e -> cards.event(context, e))),
                new StandalonePages(parts)::render,
                () -> List.of(new NotFoundPage(parts).render()),
                timeline(() -> List.of(calendar.render(calendarPieces.of(dossier.events(), stale, calendar::vevent))),
                        ChronologyCalendar.PATH),
                timeline(() -> json.render(jsonPieces.of(dossier.events(), stale, json::event)),
                        ChronologyJson.PATH, ChronologyJson.SCHEMA),
                new SearchPage(parts, search),
                new AliasPages(parts)::render,
                () -> List.of(siteImage(dossier)),
                new AtomFeed(dossier).kind(latestChange(dossier)),
                () -> List.of(RobotsTxt.render(dossier.settings().baseUrl())),
                () -> assets.entrySet().stream()
                        .map(e -> new OutputFile(new SitePath("assets/" + e.getKey()), e.getValue())).toList());
    }

    /** A kind of output that only the timeline changes: rendered again only when {@link ChangeScope#timeline()} says so. */
    private static OutputKind timeline(OutputKind kind, SitePath... paths) {
        return new OutputKind() {
            @Override
            public List<OutputFile> render() {
                return kind.render();
            }

            @Override
            public Scoped render(ChangeScope scope) {
                return scope.timeline() ? OutputKind.super.render(scope) : new Scoped(List.of(), List.of(paths));
            }
        };
    }

    private static List<PageContext.SitePage> pagesOf(Dossier dossier) {
        return dossier.pages().stream()
                .map(p -> new PageContext.SitePage(SitePath.ROOT.page(p.slug()), FrenchTypography.text(p.title())))
                .toList();
    }

    /** What every page renderer shares for one build; {@code assets} are the theme's files by name under {@code assets/}. */
    record Parts(Dossier dossier, Templates templates, MarkdownRenderer markdown, Bodies bodies, Cards cards,
            List<PageContext.SitePage> pages, PreviewImage previews, Map<String, byte[]> assets) {

        PageContext context(SitePath path) {
            return new PageContext(dossier.settings(), path, pages, null);
        }

        PageContext rootedContext(SitePath path) {
            return new PageContext(dossier.settings(), path, pages, dossier.settings().baseUrl().getPath());
        }
    }
}
