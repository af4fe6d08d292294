package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import dossier.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Renders the whole site from the dossier: every page, feed and asset as bytes, either handed to
 * a sink as each is made (a build, which writes and forgets them) or as a list sorted by path (a
 * preview, which keeps them to serve and update). Templates are compiled once; pages render in parallel.
 */
public final class SiteRenderer {

    /** How many texts that no article has any more an update lets the parses hold before forgetting them. */
    private static final int FORGOTTEN_TEXTS = 100;

    private final Templates templates;
    private final Map<String, byte[]> assets;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Bodies bodies = new Bodies(markdown);
    private final PreviewImage previews = new PreviewImage();
    /** What updates keep from one render to the next. */
    private final SiteMemory memory = new SiteMemory();
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

    /** Every file of the site, sorted by path; the parses are kept for {@link #update}. */
    public List<OutputFile> render(Dossier dossier) {
        return Workers.run(() -> {
            var files = new ArrayList<OutputFile>();
            // Kinds render side by side: the one-page kinds (chronology, index) would otherwise leave a core idle.
            kinds(dossier, bodies, SourceParagraphs.of(dossier, bodies), null).parallelStream().map(OutputKind::render)
                    .forEachOrdered(files::addAll);
            return finish(dossier, files);
        });
    }

    /**
     * Hands every file of the site to {@code sink} as soon as it is made, from the render's
     * threads at once and in no order, the sitemap last. Nothing is kept: at 10,000 articles the
     * site's pages weigh some 400 MB, which a build need not hold, and each article's parse is
     * let go once its page is made. The files are those of {@link #render(Dossier)}, byte for byte.
     */
    public void render(Dossier dossier, Consumer<OutputFile> sink) {
        var listed = new ConcurrentLinkedQueue<Sitemap.Entry>();
        Consumer<OutputFile> noted = file -> {
            if (file.inSitemap()) {
                listed.add(Sitemap.Entry.of(file));
            }
            sink.accept(file);
        };
        var once = Bodies.once(markdown);
        Workers.run(() -> {
            kinds(dossier, once, SourceParagraphs.of(dossier, once), null).parallelStream().forEach(kind -> kind.renderTo(noted));
            return null;
        });
        sink.accept(sitemap(dossier).renderListed(listed));
    }

    /** Adds what is made from the other files (the sitemap lists the pages rendered), sorted by path. */
    private List<OutputFile> finish(Dossier dossier, List<OutputFile> files) {
        bodies.keepOnly(dossier);
        files.add(sitemap(dossier).render(files));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    private Sitemap sitemap(Dossier dossier) {
        return new Sitemap(dossier.settings().baseUrl(), latestChange(dossier));
    }

    /** The preview image of the front page, also shown for tags and the other pages; drawn again only when its text changes. */
    private OutputFile siteImage(Dossier dossier) {
        var settings = dossier.settings();
        var kicker = settings.publisher().isBlank() ? "Dossier de presse" : settings.publisher();
        var articles = dossier.articles().size();
        var footer = articles + (articles > 1 ? " articles" : " article")
                + (articles == 0 ? "" : " · mis à jour le " + FrenchDates.day(latestChange(dossier)));
        var text = List.of(FrenchTypography.text(kicker), FrenchTypography.text(settings.title()), footer);
        return memory.siteImage(text, () -> new OutputFile(PreviewImage.SITE, previews.draw(text.get(0), text.get(1), text.get(2))));
    }

    /** The newest change of any article: the date of pages that have none of their own; the build date without articles. */
    private LocalDate latestChange(Dossier dossier) {
        return memory.latestChange(dossier,
                () -> dossier.articles().stream().map(Article::lastChange).max(LocalDate::compareTo).orElse(today));
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
        memory.carry(change, dossier);
        memory.retagged(change, dossier);
        var was = memory.lastParagraphs;
        // the same event index: only the changed articles' anchors can differ
        var sourceParagraphs = was != null && dossier.eventIndex() == memory.paragraphsEvents
                ? SourceParagraphs.updated(was, dossier, bodies, memory.paragraphs, change.articles())
                : SourceParagraphs.of(dossier, bodies, memory.paragraphs);
        memory.lastParagraphs = sourceParagraphs;
        memory.paragraphsEvents = dossier.eventIndex();
        var scope = new ChangeScope(change, dossier,
                was != null && SiteMemory.sameTimeline(change, dossier, was, sourceParagraphs));
        var fresh = new HashMap<SitePath, OutputFile>();
        var byKind = new ArrayList<List<SitePath>>();
        // the pieces of the chronology that a changed article's title or paragraphs can alter
        var stale = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<Event, Boolean>());
        change.articles().forEach(slug -> stale.addAll(dossier.eventsFrom(slug)));
        for (var scoped : kinds(dossier, bodies, sourceParagraphs, stale).parallelStream().map(kind -> kind.render(scope)).toList()) {
            scoped.rendered().forEach(file -> fresh.put(file.path(), file));
            byKind.add(scoped.paths());
        }
        var moved = memory.kindPaths.moved(byKind, previous);
        boolean same = moved != null && moved.same();
        var files = moved != null ? KindPaths.files(previous, fresh, moved)
                : SortedFiles.merged(byKind.stream().flatMap(List::stream).toList(), fresh, previous);
        // an edit leaves one text no article has any more: they are let go by the hundred, not one by one
        if (bodies.held() > dossier.articles().size() + dossier.copies().size() + FORGOTTEN_TEXTS) {
            bodies.keepOnly(dossier);
        }
        var kept = same ? memory.keptSitemap(latestChange(dossier), previous, fresh) : null;
        files.add(SortedFiles.position(files, Sitemap.PATH) * -1 - 1,
                kept != null ? kept : memory.sitemap(files, latestChange(dossier),
                        () -> new Sitemap(dossier.settings().baseUrl(), latestChange(dossier)).render(files)));
        memory.kindPaths.made(files.size());
        return files;
    }

    /**
     * Every kind of output; {@code stale} names the events (by identity) whose pieces of the
     * chronology must be made again even if the timeline is the one of the last render (null: all).
     */
    private List<OutputKind> kinds(Dossier dossier, Bodies bodies, SourceParagraphs sourceParagraphs, Set<Event> stale) {
        // the same timeline (the preview keeps its last merge when no article's events changed) keeps its anchors
        var anchors = memory.anchors(dossier.events());
        var cards = new Cards(dossier, today, anchors, sourceParagraphs);
        var parts = new Parts(dossier, templates, markdown, bodies, cards, pagesOf(dossier), previews, assets);
        var calendar = new ChronologyCalendar(parts, today);
        var json = new ChronologyJson(parts);
        return List.of(
                new IndexPages(parts, memory::sources),
                new ArticlePages(parts, memory.relatedLists, memory.articlePaths, memory.tagPositions(dossier.places())),
                new TagPages(parts, memory.tagPages, stale, memory.tagEvents(dossier.places())),
                new ChronologyPage(parts, context -> memory.items.of(dossier.events(), stale, e -> cards.event(context, e)),
                        memory.chronology, stale),
                new StandalonePages(parts)::render,
                () -> List.of(new NotFoundPage(parts).render()),
                SiteMemory.timeline(() -> List.of(new OutputFile(ChronologyCalendar.PATH, memory.calendarFile.of(
                        dossier.events(), stale, memory.calendar.of(dossier.events(), stale, calendar::vevent), calendar::bytes))),
                        ChronologyCalendar.PATH),
                SiteMemory.timeline(() -> ChronologyJson.files(memory.jsonFile.of(
                        dossier.events(), stale, memory.json.of(dossier.events(), stale, json::event), json::bytes)),
                        ChronologyJson.PATH, ChronologyJson.SCHEMA),
                new SearchPage(parts, memory.search),
                new AliasPages(parts)::render,
                () -> List.of(siteImage(dossier)),
                new AtomFeed(dossier).kind(latestChange(dossier)),
                () -> List.of(RobotsTxt.render(dossier.settings().baseUrl())),
                () -> assets.entrySet().stream()
                        .map(e -> new OutputFile(new SitePath("assets/" + e.getKey()), e.getValue())).toList());
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
