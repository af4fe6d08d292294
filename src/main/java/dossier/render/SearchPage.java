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
final class SearchPage implements OutputKind {

    static final SitePath MANIFEST = PageContext.SEARCH.child("index.json");
    static final SitePath SCRIPT = new SitePath("assets/search.js");

    private final SiteRenderer.Parts parts;
    private final KeptSearchIndex kept;

    /** {@code kept} is the index kept from the last render, brought up to date by {@link #render(ChangeScope)}. */
    SearchPage(SiteRenderer.Parts parts, KeptSearchIndex kept) {
        this.parts = parts;
        this.kept = kept;
    }

    @Override
    public List<OutputFile> render() {
        var articles = parts.dossier().articles();
        var context = parts.context(PageContext.SEARCH);
        var sources = articles.parallelStream().map(SearchIndex.Source::of).toList();
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

    /**
     * Renders the files the change alters: the documents and shards of the changed articles' terms,
     * and the manifest; every document and shard when the articles' order changed.
     */
    @Override
    public Scoped render(ChangeScope scope) {
        var articles = parts.dossier().articles();
        var context = parts.context(PageContext.SEARCH);
        var documents = kept.update(articles);
        var shards = kept.shards();
        var changedShards = documents == null ? null : kept.changedShards();
        var rendered = new ArrayList<OutputFile>();
        rendered.add(new OutputFile(MANIFEST, SearchShards.manifest(articles.size(), shards)));
        var paths = new ArrayList<SitePath>(List.of(context.path(), MANIFEST));
        for (int i = 0; i < shards.size(); i++) {
            paths.add(shard(i));
            if (changedShards == null || changedShards.contains(i)) {
                rendered.add(new OutputFile(shard(i), shards.get(i).json()));
            }
        }
        var numbers = documents == null ? IntStream.range(0, articles.size()).boxed().toList() : List.copyOf(documents);
        rendered.addAll(numbers.parallelStream().map(i -> document(context, i, articles.get(i),
                SearchIndex.Source.of(articles.get(i)).text())).toList());
        IntStream.range(0, articles.size()).forEach(i -> paths.add(PageContext.SEARCH.child("d/" + i + ".json")));
        if (documents == null) {
            rendered.add(page(context));
        }
        return new Scoped(rendered, paths);
    }

    private static SitePath shard(int number) {
        return PageContext.SEARCH.child("t/" + number + ".json");
    }

    private OutputFile page(PageContext context) {
        var script = parts.assets().get(SCRIPT.value().substring("assets/".length()));
        var head = context.head("Recherche", "Chercher dans les articles du dossier.", "website");
        var view = new SearchView(script == null ? head : head.withScript(ContentPolicy.integrity(script)),
                context.url(MANIFEST), context.url(SCRIPT));
        return new OutputFile(context.path(), parts.templates().renderBytes("search", view, context.site()));
    }

    private static OutputFile document(PageContext context, int number, Article article, char[] text) {
        var bytes = SearchShards.document(context.article(article.slug()), FrenchTypography.text(article.title()),
                FrenchDates.day(article.date()), article.date().toString(), text);
        return new OutputFile(PageContext.SEARCH.child("d/" + number + ".json"), bytes);
    }
}
