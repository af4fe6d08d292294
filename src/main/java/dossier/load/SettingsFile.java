package dossier.load;

import dossier.model.Problem;
import dossier.model.Settings;
import dossier.model.Slug;
import dossier.model.Tag;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code content/dossier.yaml} into {@link Settings}. */
final class SettingsFile {

    static final Set<String> KEYS = Set.of("title", "subtitle", "description", "language", "baseUrl",
            "publisher", "timezone", "tags", "pageSize");
    private static final Set<String> TAG_KEYS = Set.of("label", "slug", "description", "aliases");
    private static final URI FALLBACK_URL = URI.create("https://example.org/");

    private SettingsFile() {
    }

    /** Settings from the YAML text of {@code shown}; problems are added, never thrown. */
    static Settings parse(String yaml, Path shown, List<Problem> problems) {
        var map = YamlMap.parse(yaml, shown, 1, problems);
        if (map == null) {
            return new Settings("Dossier", "", "", "fr", FALLBACK_URL, "", ZoneId.of("UTC"), List.of(), 50, false, false);
        }
        map.rejectUnknown(KEYS, "dossier.yaml");
        var title = map.string("title").map(String::strip).orElse("");
        if (title.isEmpty()) {
            problems.add(Problem.error(shown, map.line("title"), "missing \"title\"", "add `title: \"…\"`, the dossier's name"));
        }
        return new Settings(title.isEmpty() ? "Dossier" : title,
                map.string("subtitle").orElse(""),
                map.string("description").orElse(""),
                map.string("language").orElse("fr"),
                baseUrl(map, problems),
                map.string("publisher").orElse(""),
                timeZone(map, problems),
                vocabulary(map, problems),
                pageSize(map, problems),
                false, false);
    }

    private static URI baseUrl(YamlMap map, List<Problem> problems) {
        var text = map.string("baseUrl");
        if (text.isEmpty()) {
            problems.add(Problem.error(map.file(), map.line(), "missing \"baseUrl\"",
                    "add `baseUrl: \"https://example.org/dossier/\"`, the address the site is published at"));
            return FALLBACK_URL;
        }
        return absoluteUrl(text.get().strip())
                .orElseGet(() -> {
                    problems.add(Problem.error(map.file(), map.line("baseUrl"), "baseUrl \"" + text.get()
                            + "\" is not an absolute http(s) URL", "write it like https://example.org/dossier/"));
                    return FALLBACK_URL;
                });
    }

    /** An absolute http(s) URL ending with a slash, or empty. */
    static java.util.Optional<URI> absoluteUrl(String text) {
        try {
            var uri = new URI(text.endsWith("/") ? text : text + "/");
            var scheme = uri.getScheme();
            if (uri.getHost() == null || scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(uri);
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    private static ZoneId timeZone(YamlMap map, List<Problem> problems) {
        var text = map.string("timezone").orElse("UTC").strip();
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            problems.add(Problem.error(map.file(), map.line("timezone"), "timezone \"" + text + "\" is not a time zone",
                    "use a name like Africa/Lome or Europe/Paris"));
            return ZoneId.of("UTC");
        }
    }

    private static int pageSize(YamlMap map, List<Problem> problems) {
        var text = map.string("pageSize").orElse("50").strip();
        try {
            int size = Integer.parseInt(text);
            if (size >= 1 && size <= 1000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Problem.error(map.file(), map.line("pageSize"), "pageSize \"" + text + "\" is not a number from 1 to 1000",
                "write `pageSize: 50`"));
        return 50;
    }

    private static List<Tag> vocabulary(YamlMap map, List<Problem> problems) {
        var tags = new ArrayList<Tag>();
        var seen = new HashSet<Slug>();
        for (var entry : map.maps("tags")) {
            entry.rejectUnknown(TAG_KEYS, "a tag of dossier.yaml");
            var label = entry.string("label").map(String::strip).orElse("");
            var slug = entry.string("slug").map(String::strip).map(Slug::of).orElse(Slug.of(label));
            if (label.isEmpty() || slug == null) {
                problems.add(Problem.error(map.file(), entry.line(), "a tag needs a \"label\" with a letter or digit",
                        "write `- label: \"coopération militaire\"`"));
                continue;
            }
            if (!seen.add(slug)) {
                problems.add(Problem.error(map.file(), entry.line("label"), "tag \"" + label + "\" is listed twice (URL tags/"
                        + slug + "/)", "keep one entry, and put other names in its aliases"));
                continue;
            }
            tags.add(new Tag(slug, label, entry.string("description").orElse(""), entry.strings("aliases")));
        }
        return tags;
    }
}
