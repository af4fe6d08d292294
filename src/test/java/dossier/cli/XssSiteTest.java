package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code xss} fixture puts filter-evasion vectors in every field (dossier.yaml, front matter,
 * events, body, chronologie.yaml, pages): every file of the built site, whatever its type, stays
 * safe, and the vectors show as text rather than vanish.
 */
class XssSiteTest {

    @TempDir
    Path temp;

    @Test
    void everyFileOfTheBuiltSiteIsSafeForItsType() {
        var build = FixtureBuild.build("xss", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        var site = SiteTree.read(build.site());
        assertTrue(site.keySet().stream().filter(p -> p.endsWith(".html")).count() >= 6, site.keySet().toString());
        assertEquals(List.of(), OutputSafety.problems(site));
    }

    @Test
    void hostileTitlesAndSummariesAreShownAsText() throws IOException {
        var build = FixtureBuild.build("xss", temp.resolve("site"));
        var page = Jsoup.parse(build.page("articles/piege/index.html"));
        assertEquals("\"><script>alert(13)</script> Un titre </title><script>alert(14)</script>", page.selectFirst("h1").text());
        assertTrue(page.title().startsWith("\"><script>alert(13)</script>"), page.title());
        assertTrue(page.selectFirst(".lede").text().contains("{{ page.title }}"), page.selectFirst(".lede").text());
    }

    @Test
    void sweepCatchesEachKindOfUnsafeOutput() {
        var csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\">";
        var site = Map.of(
                "a.html", ("<html><head>" + csp + "</head><body><script>alert(1)</script></body></html>").getBytes(StandardCharsets.UTF_8),
                "b.html", ("<html><head>" + csp + "</head><body><img src=x onerror=alert(1)><a href=\"jav&#x09;ascript:x\">x</a>"
                        + "<script type=\"application/ld+json\">{\"a\": 1</script></body></html>").getBytes(StandardCharsets.UTF_8),
                "c.html", "<html><head></head><body></body></html>".getBytes(StandardCharsets.UTF_8),
                "feed.xml", "<feed><title>]]></title><script>x</feed>".getBytes(StandardCharsets.UTF_8),
                "index.json", "{\"title\": \"a\"} ]".getBytes(StandardCharsets.UTF_8),
                "agenda.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:a\r\nBEGIN:VEVENT\r\nX-INJECTED:1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        var problems = OutputSafety.problems(site);
        for (var file : List.of("a.html: script", "b.html: onerror", "b.html: href", "b.html: JSON-LD", "c.html: no Content",
                "feed.xml: XML", "index.json: JSON", "agenda.ics: line", "agenda.ics: VEVENT")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(file.split(": ")[0] + ": ") && p.contains(file.split(": ")[1])),
                    file + " in " + problems);
        }
    }
}
