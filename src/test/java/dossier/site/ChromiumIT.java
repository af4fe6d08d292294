package dossier.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChromiumIT {

    private final Prerequisites tools = Prerequisites.fromEnvironment();
    private Chromium browser;

    /** Checked before each test, so that each is reported skipped (or failed, under CI) with the reason. */
    @BeforeEach
    void launch() {
        var binary = tools.chromium();
        if (browser == null) {
            browser = Chromium.launch(binary);
        }
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void cleanSiteLoadsUnderASubPathWithoutErrorsOrOutsideRequests() {
        try (var server = StaticServer.start(SiteFixtures.site("clean"), "/dossier/")) {
            var page = browser.open(server.url("index.html"));

            assertEquals(List.of(), page.consoleErrors());
            assertEquals(List.of(), page.externalRequests());
            assertEquals(List.of(), server.notFound());
            assertEquals("oui", page.evaluate("document.documentElement.dataset.scripted").asText(),
                    "the page's script ran");
        }
    }

    @Test
    void requestToAnotherHostIsBlockedAndConsoleErrorIsRecorded() {
        try (var server = StaticServer.start(SiteFixtures.site("external-request"), "/dossier/")) {
            var page = browser.open(server.url("index.html"));

            assertEquals(List.of(new NetworkRequest("https://cdn.example.com/tracker.js", "GET", "Script")),
                    page.externalRequests());
            assertEquals(List.of("console.error: erreur plantée"),
                    page.consoleErrors().stream().map(error -> error.kind() + ": " + error.text()).toList());
            assertEquals(server.url("index.html").toString(), page.consoleErrors().get(0).url());
            assertEquals(13, page.consoleErrors().get(0).line());
        }
    }

    @Test
    void uncaughtExceptionAndMissingLocalFileAreConsoleErrors(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Erreurs</title>
                <link rel="icon" href="data:,"></head>
                <body><img src="absente.png" alt="">
                <script>throw new Error("boum");</script></body></html>
                """);
        try (var server = StaticServer.start(site, "/")) {
            var page = browser.open(server.url("index.html"));
            page.waitUntil("document.querySelector('img').complete");

            var errors = page.consoleErrors().stream().sorted(Comparator.comparing(ConsoleError::kind))
                    .map(error -> error.kind() + ": " + error.text()).toList();

            assertEquals(List.of("exception: Uncaught Error: boum",
                    "log: Failed to load resource: the server responded with a status of 404 (Not Found)"), errors);
            assertEquals(List.of(new ServedRequest("GET", "/absente.png", 404)), server.notFound());
        }
    }

    @Test
    void clickingALinkOpensItsPageUnderTheSubPath() {
        try (var server = StaticServer.start(SiteFixtures.site("clean"), "/dossier/")) {
            var page = browser.open(server.url("index.html"));

            page.click("nav a[href='a-propos/']");
            page.waitUntil("location.pathname === '/dossier/a-propos/' && document.readyState === 'complete'");

            assertEquals("À propos — Dossier Togo–Russie", page.evaluate("document.title").asText());
        }
    }

    @Test
    void typedTextAndPressedKeysReachThePage(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Saisie</title></head>
                <body><form><input id="q" name="q"></form><output id="echo"></output><output id="sent"></output>
                <script>
                const q = document.getElementById("q");
                q.addEventListener("input", () => document.getElementById("echo").textContent = q.value);
                document.querySelector("form").addEventListener("submit", event => {
                  event.preventDefault();
                  document.getElementById("sent").textContent = "envoyé : " + q.value;
                });
                </script></body></html>
                """);
        try (var server = StaticServer.start(site, "/")) {
            var page = browser.open(server.url(""));

            page.click("#q");
            page.type("Lomé ");
            page.press(Key.BACKSPACE);
            page.press(Key.ENTER);

            assertEquals("Lomé", page.evaluate("document.getElementById('echo').textContent").asText());
            assertEquals("envoyé : Lomé", page.evaluate("document.getElementById('sent').textContent").asText());
        }
    }

    @Test
    void evaluateReturnsJsonAndReportsAThrownError() {
        try (var server = StaticServer.start(SiteFixtures.site("clean"), "/dossier/")) {
            var page = browser.open(server.url(""));

            var value = page.evaluate("Promise.resolve({titre: document.querySelector('h1').textContent, n: 2})");

            assertEquals("Coopération Togo–Russie", value.get("titre").asText());
            assertEquals(2, value.get("n").asInt());
            assertTrue(page.evaluate("undefined").isNull());
            var failure = assertThrows(DevToolsException.class, () -> page.evaluate("null.x"));
            assertTrue(failure.getMessage().contains("TypeError"), failure.getMessage());
            assertThrows(IllegalArgumentException.class, () -> page.click("#absent"));
        }
    }

    @Test
    void screenshotOfAPhoneSizedWindowIsAPng() {
        try (var server = StaticServer.start(SiteFixtures.site("clean"), "/dossier/")) {
            var page = browser.open(server.url(""));
            page.viewport(390, 844, true);

            var png = page.screenshot();

            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
            assertEquals(390, page.evaluate("window.innerWidth").asInt());
        }
    }

    @Test
    void closingTheBrowserEndsItsProcessAndRemovesItsProfile() {
        var other = Chromium.launch(tools.chromium());
        var main = other.processes().get(0);
        var home = other.home();
        assertTrue(Files.isDirectory(home.resolve("profile")));

        other.close();

        assertFalse(main.isAlive());
        assertFalse(Files.exists(home));
    }
}
