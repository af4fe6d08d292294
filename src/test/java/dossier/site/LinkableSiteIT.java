package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The built site as other sites meet it: the sitemap names exactly its public pages, every feed
 * entry leads to a page, and every preview image a page announces is a 1200×630 PNG on disk.
 */
class LinkableSiteIT {

    private static final Path SITE = Path.of(System.getProperty("dossier.site", "site"));

    @Test
    void sitemapListsExactlyThePublicPages() throws IOException {
        var base = baseUrl();
        var sitemap = Jsoup.parse(Files.readString(SITE.resolve("sitemap.xml")), "", Parser.xmlParser());
        var listed = sitemap.select("url > loc").eachText().stream().map(loc -> {
            assertTrue(loc.startsWith(base), loc + " is not under " + base);
            var path = loc.substring(base.length());
            return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        }).sorted().toList();
        var pages = new ArrayList<String>();
        for (var file : htmlFiles()) {
            var path = SITE.relativize(file).toString().replace('\\', '/');
            if (!path.equals("404.html") && !isRedirect(parse(file))) {
                pages.add(path);
            }
        }
        assertEquals(pages.stream().sorted().toList(), listed);
    }

    @Test
    void everyFeedEntryHasIdTitleUpdatedAndLeadsToAPage() throws Exception {
        var base = baseUrl();
        var feeds = new ArrayList<Path>();
        try (var files = Files.walk(SITE)) {
            files.filter(p -> p.getFileName().toString().equals("feed.xml")).sorted().forEach(feeds::add);
        }
        assertTrue(feeds.contains(SITE.resolve("feed.xml")));
        var problems = new ArrayList<String>();
        for (var path : feeds) {
            Feed feed;
            try (var in = Files.newInputStream(path)) {
                feed = (Feed) new WireFeedInput().build(new InputSource(in));
            }
            for (var item : feed.getEntries()) {
                var entry = (Entry) item;
                var href = entry.getAlternateLinks().stream().map(l -> ((Link) l).getHref()).findFirst().orElse("");
                if (entry.getId() == null || entry.getTitleEx() == null || entry.getUpdated() == null) {
                    problems.add(path + ": incomplete entry " + href);
                }
                if (!href.startsWith(base) || !Files.isRegularFile(SITE.resolve(href.substring(base.length()) + "index.html"))) {
                    problems.add(path + ": entry link " + href + " has no page");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyAnnouncedPreviewImageIsAPngOfTwelveHundredBySixHundredThirty() throws IOException {
        var base = baseUrl();
        var problems = new ArrayList<String>();
        for (var file : htmlFiles()) {
            var page = parse(file);
            var image = page.select("meta[property=og:image]").attr("content");
            if (file.endsWith("404.html") || isRedirect(page)) {
                continue;
            }
            var local = image.startsWith(base) ? SITE.resolve(image.substring(base.length())) : null;
            var read = local != null && Files.isRegularFile(local) ? ImageIO.read(local.toFile()) : null;
            if (read == null || read.getWidth() != 1200 || read.getHeight() != 630) {
                problems.add(SITE.relativize(file) + ": og:image " + image);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean isRedirect(Document page) {
        return !page.select("meta[http-equiv=refresh]").isEmpty();
    }

    private static String baseUrl() throws IOException {
        return parse(SITE.resolve("index.html")).select("link[rel=canonical]").attr("href");
    }

    private static Document parse(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static List<Path> htmlFiles() throws IOException {
        try (var files = Files.walk(SITE)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
