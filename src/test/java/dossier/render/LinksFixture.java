package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The {@code links} fixture built once for a test class: two articles (one with aliases and a
 * dated source), pagination at one article a page, two tags and a standalone page.
 */
record LinksFixture(FixtureBuild build) {

    static final String BASE = "https://example.org/liens/";
    /** The former addresses of accord-ratifie, from its {@code aliases:}. */
    static final List<String> REDIRECTS = List.of("articles/accord-ancien-nom/index.html",
            "articles/ratification/index.html");

    static LinksFixture build(Path site, String... extra) {
        var build = FixtureBuild.build("links", site, extra);
        assertEquals(0, build.exitCode(), build.err());
        return new LinksFixture(build);
    }

    Path site() {
        return build.site();
    }

    Document html(String path) throws IOException {
        return Jsoup.parse(Files.readString(site().resolve(path), StandardCharsets.UTF_8), BASE + path);
    }

    /** Every HTML file of the site, relative and with "/", sorted. */
    List<String> htmlFiles() throws IOException {
        try (var files = Files.walk(site())) {
            return files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site().relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** The HTML pages readers and robots should find: all but 404.html and the redirects. */
    List<String> publicPages() throws IOException {
        return htmlFiles().stream().filter(p -> !p.equals("404.html") && !REDIRECTS.contains(p)).toList();
    }

    /** The file an absolute URL under the base names, or null when it is outside the site. */
    Path fileOf(String url) {
        if (!url.startsWith(BASE)) {
            return null;
        }
        var path = url.substring(BASE.length()).replaceFirst("[#?].*$", "");
        return site().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    }
}
