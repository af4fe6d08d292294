package dossier.render;

import dossier.render.PageViews.NotFoundView;

/**
 * {@code 404.html}. Hosts serve it at whatever URL was missing, so relative links cannot work
 * there: its links start from the base URL's path (e.g. {@code /dossier/}) instead.
 */
final class NotFoundPage {

    private static final int LATEST = 5;

    private final SiteRenderer.Parts parts;

    NotFoundPage(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    OutputFile render() {
        var path = new SitePath("404.html");
        var context = parts.rootedContext(path);
        var view = new NotFoundView(context.head("Page introuvable",
                "Cette adresse ne correspond à aucune page du dossier.", "website"),
                parts.cards().articles(context, IndexPages.latest(parts.dossier(), LATEST)));
        return new OutputFile(path, parts.templates().renderBytes("404", view, context.site())).unlisted();
    }
}
