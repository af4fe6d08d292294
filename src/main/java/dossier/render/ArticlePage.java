package dossier.render;

import dossier.model.Article;
import dossier.model.Slug;
import dossier.model.Tag;
import dossier.render.PageViews.ArticleView;
import dossier.render.Views.Head;
import dossier.render.Views.Link;
import java.util.List;

/**
 * One article's page and its preview image: the view the article template receives (head
 * metadata, source and archive, reading time, table of contents, cards), whatever list put the
 * article where it is; {@link ArticlePages} decides which articles and neighbours.
 */
final class ArticlePage {

    /** Under this many headings an article is short enough to scan without a table of contents. */
    static final int TOC_HEADINGS = 3;
    /** Reading speed for French prose on screen, words a minute. */
    private static final int WORDS_PER_MINUTE = 230;
    /** Java's white space in ASCII, as bits: tab to carriage return, the separators 0x1C to 0x1F, space. */
    private static final long ASCII_SPACES = 0x3E00L | 0xF000_0000L | 1L << ' ';
    /** Each thread's copy of the text being counted. */
    private static final ThreadLocal<CharCopy> CHARS = ThreadLocal.withInitial(CharCopy::new);

    private final SiteRenderer.Parts parts;

    ArticlePage(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    /**
     * The page of {@code article} at {@code context}, showing {@code tags} and {@code related}, its
     * {@code older} and {@code newer} neighbours (null: none), the other outlets' copies, and the
     * article it is a copy of (null: none); then its preview image.
     */
    List<OutputFile> render(Article article, PageContext context, List<Slug> tags, List<Article> related,
            Link older, Link newer, List<Link> alsoPublished, Link copyOf) {
        var body = parts.bodies().body(article);
        var cards = parts.cards();
        var source = article.source();
        var original = HtmlSanitizer.isWebUrl(source.url()) ? source.url() : "";
        var collected = source.collectedOr(article.date());
        var archived = WebArchive.url(original, collected);
        var title = FrenchTypography.text(article.title());
        var view = new ArticleView(head(context, article, tags, original, archived),
                title, FrenchTypography.text(article.summary()),
                article.date().toString(), FrenchDates.day(article.date()), FrenchTypography.text(sourceName(source.name(), original)),
                original, archived, FrenchDates.day(collected), article.author(), readingMinutes(article.markdown()),
                cards.tags(context, tags), body.html(), contents(body),
                cards.events(context, parts.dossier().eventsFrom(article.slug())),
                cards.articles(context, related), older, newer, alsoPublished, copyOf);
        var page = new OutputFile(context.path(), parts.templates().renderBytes("article", view, context.site()))
                .changedOn(article.lastChange());
        var footer = FrenchDates.day(article.date()) + (source.name().isEmpty() ? "" : " · " + source.name());
        var previews = parts.previews();
        var name = parts.dossier().settings().title();
        var image = previews.file(PreviewImage.of(article.slug()), name, title, footer);
        return List.of(page, image);
    }

    /** Open Graph, Twitter and JSON-LD (NewsArticle based on the original and its archived copy). */
    private Head head(PageContext context, Article article, List<Slug> tagSlugs, String original, String archived) {
        var settings = parts.dossier().settings();
        var tags = tagSlugs.stream()
                .map(slug -> parts.dossier().tag(slug).map(Tag::label).orElse(slug.value()))
                .toList();
        var image = PreviewImage.of(settings, PreviewImage.of(article.slug()), article.title());
        var basis = new JsonLd.Original(article.source().name(), original, archived);
        var json = new JsonLd(settings).article(article, context.canonical(), image.url(), tags, basis,
                context.breadcrumbs(article.title()));
        return context.bare(article.title(), article.summary(), "article")
                .withImage(image)
                .withArticle(article.date().toString(), article.lastChange().toString(), tags)
                .withJsonLd(json);
    }

    /** The outlet as readers see it: its name, else the host of the original address. */
    private static String sourceName(String name, String original) {
        if (!name.isEmpty() || original.isEmpty()) {
            return name;
        }
        try {
            var host = java.net.URI.create(original).getHost();
            return host == null ? "" : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Another outlet's copy of the story: its name (or title) linking to its original, else to its page here. */
    static Link outlet(PageContext context, Article copy) {
        var name = copy.source().name().isEmpty() ? FrenchTypography.text(copy.title()) : copy.source().name();
        var url = HtmlSanitizer.isWebUrl(copy.source().url()) ? copy.source().url() : context.article(copy.slug());
        return new Link(url, name);
    }

    /** The table of contents: the body's headings, when there are enough of them to need one. */
    static List<Views.TocEntry> contents(MarkdownRenderer.Body body) {
        if (body.headings().size() < TOC_HEADINGS) {
            return List.of();
        }
        return body.headings().stream().map(h -> new Views.TocEntry("#" + h.id(), h.text(), h.level())).toList();
    }

    static Link link(PageContext context, Article article) {
        return new Link(context.article(article.slug()), FrenchTypography.text(article.title()));
    }

    static int readingMinutes(String markdown) {
        int length = markdown.length();
        // read from a copy: 2 ns a char instead of 5 with charAt
        var chars = CHARS.get().of(markdown);
        int words = 0;
        int spaceBefore = 1;
        // a word starts at each char that is not a space after one that is: counted with no branch on
        // the word, nor on the space, whose bit is masked off past ' ' (c - 33 is negative up to ' ')
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            int space = (int) (ASCII_SPACES >>> c) & 1 & (c - 33) >> 31;
            if (c >= 0x80) {
                space = PlainText.isWideWhitespace(c) ? 1 : 0;
            }
            words += spaceBefore & ~space;
            spaceBefore = space;
        }
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
