package dossier.load;

import dossier.model.Page;
import dossier.model.Problem;
import dossier.model.Slug;
import java.util.List;
import java.util.Set;

/** Reads a standalone page of {@code content/pages/}: a title, an optional summary, a Markdown body. */
final class PageFile {

    private static final Set<String> KEYS = Set.of("title", "summary", "slug");

    private PageFile() {
    }

    static Page parse(TextFile file, List<Problem> problems) {
        var shown = file.file();
        var parts = FrontMatter.split(file.text());
        if (parts == null) {
            problems.add(Problem.error(shown, 1, "front matter is not closed", "add a line `---` after the last key"));
            return null;
        }
        var map = YamlMap.parse(parts.yaml(), shown, parts.yamlLine(), problems);
        if (map == null) {
            return null;
        }
        map.rejectUnknown(KEYS, "front matter");
        var title = map.string("title").map(String::strip).orElse("");
        if (title.isEmpty()) {
            problems.add(Problem.error(shown, map.has("title") ? map.line("title") : 1, "missing \"title\"",
                    "add `title: \"…\"` to the front matter"));
            return null;
        }
        var name = map.string("slug").orElse(shown.getFileName().toString().replaceFirst("\\.md$", ""));
        var slug = Slug.of(name);
        if (slug == null) {
            problems.add(Problem.error(shown, 1, "the file name gives no URL word", "rename the file"));
            return null;
        }
        return new Page(slug, shown, title, map.string("summary").orElse("").strip(), parts.body(), parts.bodyLine());
    }
}
