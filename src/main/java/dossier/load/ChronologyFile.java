package dossier.load;

import dossier.model.Event;
import dossier.model.Problem;
import dossier.model.Slug;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code content/chronologie.yaml}: curated events that no single article owns. */
final class ChronologyFile {

    private static final Set<String> KEYS = Set.of("events");
    private static final Set<String> EVENT_KEYS = Set.of("date", "title", "place", "description", "sources");

    private ChronologyFile() {
    }

    /** The curated events; {@code articles} are the known article slugs, to check each source. */
    static List<Event> parse(String yaml, Path shown, Set<Slug> articles, List<Problem> problems) {
        var map = YamlMap.parse(yaml, shown, 1, problems);
        if (map == null) {
            return List.of();
        }
        map.rejectUnknown(KEYS, "chronologie.yaml");
        var events = new ArrayList<Event>();
        for (var entry : map.maps("events")) {
            entry.rejectUnknown(EVENT_KEYS, "an event");
            var date = DateField.partial(entry, "date", problems);
            var title = entry.string("title").map(String::strip).orElse("");
            if (title.isEmpty()) {
                problems.add(Problem.error(shown, entry.line(), "an event needs a \"title\"", "add `title: \"…\"`"));
            }
            var sources = sources(entry, articles, problems);
            if (date.isPresent() && !title.isEmpty()) {
                events.add(new Event(date.get(), title, entry.string("place").orElse(""),
                        entry.string("description").orElse(""), sources, shown, entry.line()));
            }
        }
        return events;
    }

    private static List<Slug> sources(YamlMap entry, Set<Slug> articles, List<Problem> problems) {
        var sources = new ArrayList<Slug>();
        var seen = new HashSet<Slug>();
        for (var name : entry.strings("sources")) {
            var slug = Slug.isValid(name.strip()) ? new Slug(name.strip()) : null;
            if (slug == null || !articles.contains(slug)) {
                var hint = Suggestion.closest(name, articles.stream().map(Slug::value).toList())
                        .map(s -> "did you mean \"" + s + "\"?").orElse("name an article by its slug (its file name)");
                problems.add(Problem.error(entry.file(), entry.line("sources"), "source \"" + name + "\" is not an article", hint));
            } else if (seen.add(slug)) {
                sources.add(slug);
            }
        }
        return sources;
    }
}
