package dossier.render;

import dossier.render.PageViews.RedirectView;
import java.util.ArrayList;
import java.util.List;

/**
 * A redirect page at each former address of an article ({@code aliases:} in its front matter):
 * {@code articles/<alias>/} sends browsers on with a meta refresh, tells search engines the
 * canonical page and not to index the old one, and shows a link for readers and robots that
 * follow no refresh. Static hosts cannot send HTTP redirects, so this is how old links live on.
 */
final class AliasPages {

    private final SiteRenderer.Parts parts;

    AliasPages(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    List<OutputFile> render() {
        var files = new ArrayList<OutputFile>();
        var settings = parts.dossier().settings();
        for (var article : parts.dossier().articles()) {
            if (article.aliases().isEmpty()) {
                continue;
            }
            var target = PageContext.ARTICLES.page(article.slug());
            for (var alias : article.aliases()) {
                if (alias.equals(article.slug())) {
                    continue;
                }
                var context = parts.context(PageContext.ARTICLES.page(alias));
                var view = new RedirectView(settings.language(), FrenchTypography.text(article.title()),
                        context.url(target), target.absolute(settings.baseUrl()));
                files.add(new OutputFile(context.path(), parts.templates().renderBytes("redirect", view, context.site()))
                        .unlisted());
            }
        }
        return files;
    }
}
