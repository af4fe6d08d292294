package dossier.render;

import dossier.model.Article;
import dossier.render.PageViews.SearchView;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The search page ({@code recherche/}) and the index it queries in the browser: the manifest
 * {@code recherche/index.json}, term shards {@code recherche/t/N.json} and one file per article
 * {@code recherche/d/N.json}, N being the article's rank, newest first.
 */
final class SearchPage {

    static final SitePath MANIFEST = PageContext.SEARCH.child("index.json");
    static final SitePath SCRIPT = new SitePath("assets/search.js");

    private final SiteRenderer.Parts parts;

    SearchPage(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    List<OutputFile> render() {
        var articles = parts.dossier().articles();
        var context = parts.context(PageContext.SEARCH);
        var sources = articles.parallelStream()
                .map(a -> new SearchIndex.Source(a.title(), a.summary() + " " + PlainText.of(a.markdown())))
                .toList();
        var shards = SearchShards.split(SearchIndex.of(sources));
        var files = new ArrayList<OutputFile>();
        files.add(page(context));
        files.add(new OutputFile(MANIFEST, SearchShards.manifest(articles.size(), shards)));
        for (int i = 0; i < shards.size(); i++) {
            files.add(new OutputFile(PageContext.SEARCH.child("t/" + i + ".json"), shards.get(i).json()));
        }
        files.addAll(IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> document(context, i, articles.get(i), sources.get(i).text()))
                .toList());
        return files;
    }

    private OutputFile page(PageContext context) {
        var script = parts.assets().get(SCRIPT.value().substring("assets/".length()));
        var head = context.head("Recherche", "Chercher dans les articles du dossier.", "website");
        var view = new SearchView(script == null ? head : head.withScript(ContentPolicy.integrity(script)),
                context.url(MANIFEST), context.url(SCRIPT));
        return OutputFile.text(context.path(), parts.templates().render("search", view, context.site()));
    }

    private static OutputFile document(PageContext context, int number, Article article, String text) {
        var bytes = SearchShards.document(context.article(article.slug()), FrenchTypography.text(article.title()),
                FrenchDates.day(article.date()), article.date().toString(), text.strip());
        return new OutputFile(PageContext.SEARCH.child("d/" + number + ".json"), bytes);
    }
}
