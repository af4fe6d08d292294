package dossier.render;

import dossier.render.PageViews.StandaloneView;
import java.util.List;

/** The pages of {@code content/pages/}, each at {@code <slug>/}. */
final class StandalonePages {

    private final SiteRenderer.Parts parts;

    StandalonePages(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    List<OutputFile> render() {
        return parts.dossier().pages().stream().map(page -> {
            var context = parts.context(SitePath.ROOT.page(page.slug()));
            var view = new StandaloneView(context.head(page.title(), page.summary(), "website"),
                    FrenchTypography.text(page.title()), parts.markdown().render(page.markdown()));
            return new OutputFile(context.path(), parts.templates().renderBytes("page", view, context.site()));
        }).toList();
    }
}
