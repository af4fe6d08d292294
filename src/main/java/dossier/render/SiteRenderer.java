package dossier.render;

import dossier.model.Article;
import dossier.model.Dossier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders the whole site from the dossier: every page, feed and asset as bytes, sorted by path.
 * Templates are compiled once; pages render in parallel.
 */
public final class SiteRenderer {

    private final Templates templates;
    private final Map<String, byte[]> assets;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final PreviewImage previews = new PreviewImage();
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
        var cards = new Cards(dossier, today, new EventAnchors(dossier.events()), SourceParagraphs.of(dossier, markdown));
        var parts = new Parts(dossier, templates, markdown, cards, pagesOf(dossier), previews);
        var files = new ArrayList<OutputFile>();
        files.addAll(new IndexPages(parts).render());
        files.addAll(new ArticlePages(parts).render());
        files.addAll(new TagPages(parts).render());
        files.add(new ChronologyPage(parts).render());
        files.add(new ChronologyCalendar(parts, today).render());
        files.addAll(new ChronologyJson(parts).render());
        files.addAll(new StandalonePages(parts).render());
        files.add(new NotFoundPage(parts).render());
        files.addAll(new SearchPage(parts).render());
        assets.forEach((name, bytes) -> files.add(new OutputFile(new SitePath("assets/" + name), bytes)));
        files.addAll(new AliasPages(parts).render());
        files.add(siteImage(dossier));
        var latest = latestChange(dossier);
        files.addAll(new AtomFeed(dossier).render(latest));
        files.add(new Sitemap(dossier.settings().baseUrl(), latest).render(files));
        files.add(RobotsTxt.render(dossier.settings().baseUrl()));
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    /** The preview image of the front page, also shown for tags and the other pages. */
    private OutputFile siteImage(Dossier dossier) {
        var settings = dossier.settings();
        var kicker = settings.publisher().isBlank() ? "Dossier de presse" : settings.publisher();
        var articles = dossier.articles().size();
        var footer = articles + (articles > 1 ? " articles" : " article")
                + (articles == 0 ? "" : " · mis à jour le " + FrenchDates.day(latestChange(dossier)));
        return new OutputFile(PreviewImage.SITE, previews.draw(FrenchTypography.text(kicker),
                FrenchTypography.text(settings.title()), footer));
    }

    /** The newest change of any article: the date of pages that have none of their own; the build date without articles. */
    private LocalDate latestChange(Dossier dossier) {
        return dossier.articles().stream().map(Article::lastChange).max(LocalDate::compareTo).orElse(today);
    }

    private static List<PageContext.SitePage> pagesOf(Dossier dossier) {
        return dossier.pages().stream()
                .map(p -> new PageContext.SitePage(SitePath.ROOT.page(p.slug()), FrenchTypography.text(p.title())))
                .toList();
    }

    /** What every page renderer shares for one build. */
    record Parts(Dossier dossier, Templates templates, MarkdownRenderer markdown, Cards cards,
            List<PageContext.SitePage> pages, PreviewImage previews) {

        PageContext context(SitePath path) {
            return new PageContext(dossier.settings(), path, pages, null);
        }

        PageContext rootedContext(SitePath path) {
            return new PageContext(dossier.settings(), path, pages, dossier.settings().baseUrl().getPath());
        }
    }
}
