package dossier.load;

import dossier.model.Article;
import dossier.model.Event;
import dossier.model.Problem;
import dossier.model.Slug;
import dossier.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one Markdown article: front matter checked key by key, body kept as Markdown. */
final class ArticleFile {

    static final Set<String> KEYS = Set.of("title", "date", "source", "author", "tags", "summary", "slug",
            "aliases", "events", "draft", "updated");
    private static final Set<String> SOURCE_KEYS = Set.of("name", "url", "collected");
    static final Set<String> EVENT_KEYS = Set.of("date", "title", "place", "description");

    private ArticleFile() {
    }

    /** The article in {@code file}, or {@code null} when an error makes it unusable. */
    static Article parse(TextFile file, TagVocabulary vocabulary, List<Problem> problems) {
        var shown = file.file();
        var parts = FrontMatter.split(file.text());
        if (parts == null) {
            problems.add(Problem.error(shown, 1, "front matter is not closed", "add a line `---` after the last key"));
            return null;
        }
        if (parts.yaml().isBlank()) {
            problems.add(Problem.error(shown, 1, "no front matter", "start the file with `---`, `title: …`, `date: …`, `---`"));
            return null;
        }
        int before = problems.size();
        var map = YamlMap.parse(parts.yaml(), shown, parts.yamlLine(), problems);
        if (map == null) {
            return null;
        }
        map.rejectUnknown(KEYS, "front matter");
        var title = map.string("title").map(String::strip).orElse("");
        if (title.isEmpty()) {
            problems.add(Problem.error(shown, map.has("title") ? map.line("title") : 1,
                    map.has("title") ? "empty title" : "missing \"title\"", "add `title: \"…\"` to the front matter"));
        }
        var date = DateField.day(map, "date", true, problems);
        var updated = DateField.day(map, "updated", false, problems);
        var slug = slug(map, shown, problems);
        var source = map.map("source").map(s -> source(s, problems)).orElse(Source.UNKNOWN);
        var tags = tags(map, vocabulary, problems);
        var events = events(map, slug, problems);
        var aliases = map.strings("aliases");
        boolean draft = map.flag("draft", false);
        if (problems.subList(before, problems.size()).stream().anyMatch(Problem::isError) || slug == null) {
            return null;
        }
        return new Article(slug, shown, title, date.orElseThrow(), updated.orElse(null), source,
                map.string("author").orElse("").strip(), tags, map.string("summary").orElse("").strip(),
                events, aliasSlugs(aliases, map, problems), draft, parts.body(), parts.bodyLine());
    }

    private static Source source(YamlMap map, List<Problem> problems) {
        map.rejectUnknown(SOURCE_KEYS, "source");
        var collected = DateField.day(map, "collected", false, problems);
        return new Source(map.string("name").orElse(""), sourceUrl(map, problems), collected.orElse(null));
    }

    /** The original article's address: absolute http(s) only, so no {@code javascript:} link reaches a page. */
    private static String sourceUrl(YamlMap source, List<Problem> problems) {
        var url = source.string("url").map(String::strip).orElse("");
        if (!url.isEmpty() && SettingsFile.absoluteUrl(url).isEmpty()) {
            problems.add(Problem.error(source.file(), source.line("url"), "source url \"" + url + "\" is not an http(s) address",
                    "write the original article's address, like https://example.org/article"));
            return "";
        }
        return url;
    }

    /**
     * A file name without its last extension, as {@code replaceFirst("\\.[^.]+$", "")} gives it,
     * without compiling a pattern for each file.
     */
    static String withoutExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot >= 0 && dot < file.length() - 1 ? file.substring(0, dot) : file;
    }

    private static Slug slug(YamlMap map, java.nio.file.Path shown, List<Problem> problems) {
        var given = map.string("slug").map(String::strip);
        if (given.isPresent()) {
            if (!Slug.isValid(given.get())) {
                var fixed = Slug.of(given.get());
                problems.add(Problem.error(shown, map.line("slug"), "slug \"" + given.get() + "\" is not a URL word",
                        fixed == null ? "use lower-case letters, digits and dashes" : "use \"" + fixed + "\""));
                return null;
            }
            return new Slug(given.get());
        }
        var name = withoutExtension(shown.getFileName().toString());
        var slug = Slug.of(name);
        if (slug == null) {
            problems.add(Problem.error(shown, 1, "the file name gives no URL word", "rename the file, or add `slug: …`"));
        }
        return slug;
    }

    private static List<Slug> tags(YamlMap map, TagVocabulary vocabulary, List<Problem> problems) {
        // a tag named twice is kept once by the Article record itself
        var slugs = new ArrayList<Slug>();
        for (var name : map.strings("tags")) {
            var tag = vocabulary.find(name);
            if (tag.isPresent()) {
                slugs.add(tag.get().slug());
                continue;
            }
            var slug = Slug.of(name);
            if (slug == null) {
                problems.add(Problem.error(map.file(), map.line("tags"), "tag \"" + name + "\" has no letter or digit", ""));
                continue;
            }
            if (!vocabulary.isEmpty()) {
                var hint = vocabulary.closest(name).map(c -> "did you mean \"" + c + "\"? ").orElse("")
                        + "add it to the tags of content/dossier.yaml";
                problems.add(Problem.warning(map.file(), map.line("tags"), "tag \"" + name + "\" is not in the vocabulary", hint));
            }
            slugs.add(slug);
        }
        return List.copyOf(slugs);
    }

    private static List<Event> events(YamlMap map, Slug article, List<Problem> problems) {
        var events = new ArrayList<Event>();
        for (var entry : map.maps("events")) {
            entry.rejectUnknown(EVENT_KEYS, "an event");
            var date = DateField.partial(entry, "date", problems);
            var title = entry.string("title").map(String::strip).orElse("");
            if (title.isEmpty()) {
                problems.add(Problem.error(map.file(), entry.line(), "an event needs a \"title\"", "add `title: \"…\"` under its date"));
            }
            if (date.isPresent() && !title.isEmpty() && article != null) {
                events.add(new Event(date.get(), title, entry.string("place").orElse(""),
                        entry.string("description").orElse(""), List.of(article), map.file(), entry.line()));
            }
        }
        return events;
    }

    private static List<Slug> aliasSlugs(List<String> aliases, YamlMap map, List<Problem> problems) {
        var result = new ArrayList<Slug>();
        for (var alias : aliases) {
            if (alias.contains("..") || alias.indexOf('\\') >= 0 || alias.indexOf('\0') >= 0) {
                problems.add(Problem.error(map.file(), map.line("aliases"), "alias \"" + alias.replace("\0", "\\0")
                        + "\" is not a URL of this site", "write the old URL word, like `ancien-nom` or `articles/ancien-nom/`"));
                continue;
            }
            var slug = Slug.of(alias.replaceAll("^.*/(?=[^/]+/?$)", ""));
            if (slug == null) {
                problems.add(Problem.error(map.file(), map.line("aliases"), "alias \"" + alias + "\" has no URL word", ""));
            } else {
                result.add(slug);
            }
        }
        return result;
    }
}
