package dossier.render;

import dossier.render.PageViews.ChronologyView;
import dossier.render.Views.EventItem;
import dossier.render.Views.YearGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** The timeline of every event, grouped by year, each event linked to the articles that report it. */
final class ChronologyPage implements OutputKind {

    private final SiteRenderer.Parts parts;

    ChronologyPage(SiteRenderer.Parts parts) {
        this.parts = parts;
    }

    @Override
    public List<OutputFile> render() {
        return List.of(page());
    }

    @Override
    public Scoped render(ChangeScope scope) {
        return new Scoped(scope.timeline() ? List.of(page()) : List.of(), List.of(PageContext.CHRONOLOGY));
    }

    private OutputFile page() {
        var context = parts.context(PageContext.CHRONOLOGY);
        var byYear = new LinkedHashMap<Integer, List<EventItem>>();
        for (var event : parts.dossier().events()) {
            byYear.computeIfAbsent(event.date().year(), y -> new ArrayList<>()).add(parts.cards().event(context, event));
        }
        var years = byYear.entrySet().stream()
                .map(e -> new YearGroup(Integer.toString(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        var view = new ChronologyView(context.head("Chronologie",
                "Les événements du dossier dans l’ordre, chacun relié aux articles qui le rapportent.", "website"), years);
        return OutputFile.text(context.path(), parts.templates().render("chronology", view, context.site()));
    }
}
