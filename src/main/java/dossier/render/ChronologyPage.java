package dossier.render;

import dossier.model.Event;
import dossier.model.EventDate;
import dossier.render.PageViews.ChronologyView;
import dossier.render.Views.EventItem;
import dossier.render.Views.YearGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The timeline of every event, grouped by year, each event linked to the paragraphs that report
 * it and marked with the time since the one before; links to the calendar and JSON exports.
 */
final class ChronologyPage implements OutputKind {

    private final SiteRenderer.Parts parts;
    private final java.util.function.Function<PageContext, List<EventItem>> items;
    private final SplicedPage spliced;
    private final Set<Event> stale;

    ChronologyPage(SiteRenderer.Parts parts) {
        this(parts, context -> parts.dossier().events().stream().map(e -> parts.cards().event(context, e)).toList(),
                null, null);
    }

    /**
     * {@code items} gives each event's item, in the timeline's order, before the gaps are added;
     * {@code spliced} (null: none) keeps the page from one update to the next, in which only the
     * {@code stale} events' pieces are rendered again.
     */
    ChronologyPage(SiteRenderer.Parts parts, java.util.function.Function<PageContext, List<EventItem>> items,
            SplicedPage spliced, Set<Event> stale) {
        this.parts = parts;
        this.items = items;
        this.spliced = spliced;
        this.stale = stale;
        if (spliced != null && stale == null) {
            spliced.forget();
        }
    }

    @Override
    public List<OutputFile> render() {
        return List.of(page());
    }

    @Override
    public Scoped render(ChangeScope scope) {
        boolean fill = scope.changesNothing() && spliced != null && stale != null;
        var page = scope.timeline() || fill ? page() : null;
        return new Scoped(scope.timeline() ? List.of(page) : List.of(), List.of(PageContext.CHRONOLOGY));
    }

    private OutputFile page() {
        var context = parts.context(PageContext.CHRONOLOGY);
        var byYear = new LinkedHashMap<Integer, List<EventItem>>();
        EventDate previous = null;
        var events = parts.dossier().events();
        var made = items.apply(context);
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            var item = made.get(i);
            if (previous != null) {
                item = item.withGap(TimeGaps.between(previous, event.date()));
            }
            previous = event.date();
            byYear.computeIfAbsent(event.date().year(), y -> new ArrayList<>()).add(item);
        }
        var years = byYear.entrySet().stream()
                .map(e -> new YearGroup(Integer.toString(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        var view = new ChronologyView(context.head("Chronologie",
                "Les événements du dossier dans l’ordre, chacun relié aux articles qui le rapportent.", "website"), years,
                context.url(ChronologyCalendar.PATH), context.url(ChronologyJson.PATH));
        if (spliced == null || stale == null) {
            return new OutputFile(context.path(), parts.templates().renderBytes("chronology", view, context.site()));
        }
        var gapped = years.stream().flatMap(year -> year.events().stream()).toList();
        var rest = List.of(view.head(), view.calendar(), view.json(), context.site());
        return new OutputFile(context.path(), spliced.of(rest, events, stale,
                () -> parts.templates().renderBytes("chronology", view, context.site()),
                i -> parts.templates().part("event", Map.of("event", gapped.get(i), "anchorPrefix", "", "page", view,
                        "site", context.site()))));
    }
}
