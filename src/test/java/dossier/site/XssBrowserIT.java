package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site built from the {@code xss} fixture, whose every field holds a filter-evasion vector,
 * loaded page by page in headless Chromium: no vector gets to call {@code alert} (or its
 * siblings), and no page logs an error, a Content-Security-Policy violation included.
 */
class XssBrowserIT {

    /** Replaces the dialog functions before any page script runs, so a call is recorded rather than shown. */
    private static final String RECORD_DIALOGS = """
            window.__dialogs = [];
            for (const name of ['alert', 'confirm', 'prompt', 'print']) {
              window[name] = (...args) => { window.__dialogs.push(name + '(' + args.join(',') + ')'); };
            }
            """;

    private final Prerequisites tools = Prerequisites.fromEnvironment();

    @TempDir
    Path temp;

    @Test
    void noVectorRunsScriptOnAnyPage() throws IOException {
        var binary = tools.chromium();
        var build = FixtureBuild.build("xss", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        List<Path> pages;
        try (var walk = Files.walk(build.site())) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 6, pages.toString());
        try (var browser = Chromium.launch(binary);
                var server = StaticServer.start(build.site(), "/xss/")) {
            var tab = browser.open(server.url("index.html"));
            tab.runOnEveryDocument(RECORD_DIALOGS);
            for (var page : pages) {
                var relative = build.site().relativize(page).toString().replace('\\', '/');
                tab.clearRecords();
                tab.navigate(server.url(relative));
                assertEquals("[]", tab.evaluate("JSON.stringify(window.__dialogs)").asText(), relative);
                // the vectors' own <img src=x> stay as harmless broken images: their 404s are no script error
                assertEquals(List.of(), tab.consoleErrors().stream()
                        .filter(error -> !error.text().startsWith("Failed to load resource")).toList(), relative);
                assertEquals(List.of(), tab.externalRequests(), relative);
            }
        }
    }

    @Test
    void recorderSeesADialogThatDoesRun() throws IOException {
        var binary = tools.chromium();
        var site = Files.createDirectories(temp.resolve("control"));
        Files.writeString(site.resolve("start.html"), "<!DOCTYPE html><title>Départ</title>");
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Témoin</title>
                <link rel="icon" href="data:,"></head><body><script>alert(1)</script></body></html>
                """);
        try (var browser = Chromium.launch(binary); var server = StaticServer.start(site, "/")) {
            var tab = browser.open(server.url("start.html"));
            tab.runOnEveryDocument(RECORD_DIALOGS);
            tab.navigate(server.url("index.html"));
            assertEquals("[\"alert(1)\"]", tab.evaluate("JSON.stringify(window.__dialogs)").asText());
        }
    }
}
