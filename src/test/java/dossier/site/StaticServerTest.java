package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaticServerTest {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private StaticServer server;

    @BeforeEach
    void start() {
        server = StaticServer.start(SiteFixtures.site("clean"), "/dossier/");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void folderUrlUnderTheSubPathServesItsIndexPage() throws Exception {
        var response = get(server.url("articles/accord/"));

        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(response.body().contains("<h1>La Douma ratifie l’accord</h1>"), response.body());
    }

    @Test
    void siteRootIsTheBasePathOnTheLoopbackAddress() throws Exception {
        assertEquals("http", server.base().getScheme());
        assertEquals("127.0.0.1", server.base().getHost());
        assertEquals("/dossier/", server.base().getPath());
        assertEquals(200, get(server.base()).statusCode());
    }

    @ParameterizedTest
    @CsvSource({
            "assets/style.css, text/css; charset=utf-8",
            "assets/site.js, text/javascript; charset=utf-8",
            "assets/logo.svg, image/svg+xml",
            "404.html, text/html; charset=utf-8"})
    void eachFileGetsTheContentTypeOfItsExtension(String path, String type) throws Exception {
        var response = get(server.url(path));

        assertEquals(200, response.statusCode());
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void missingFileIsNotFoundAndRemembered() throws Exception {
        assertEquals(404, get(server.url("manquant.css")).statusCode());

        assertEquals(List.of(new ServedRequest("GET", "/dossier/manquant.css", 404)), server.notFound());
    }

    @Test
    void pathOutsideTheSubPathIsNotFound() throws Exception {
        var root = server.base().resolve("/index.html");

        assertEquals(404, get(root).statusCode());
    }

    @Test
    void folderWithoutFinalSlashIsRedirectedToIt() throws Exception {
        var response = get(server.url("a-propos"));

        assertEquals(301, response.statusCode());
        assertEquals("/dossier/a-propos/", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void encodedDotsCannotReachFilesBesideTheSite(@TempDir Path parent) throws Exception {
        var site = Files.createDirectories(parent.resolve("site"));
        Files.writeString(site.resolve("index.html"), "accueil");
        Files.writeString(parent.resolve("secret.txt"), "secret");

        try (var beside = StaticServer.start(site, "/")) {
            var response = get(URI.create(beside.base() + "%2e%2e/secret.txt"));

            assertEquals(404, response.statusCode());
            assertEquals("/../secret.txt", beside.requests().get(0).path(), "the dots reached the server");
        }
    }

    @Test
    void headAnswersWithoutBody() throws Exception {
        var request = HttpRequest.newBuilder(server.url("assets/site.js"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build();

        var response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void closedServerRefusesConnections() {
        var page = server.url("index.html");
        server.close();

        assertThrows(ConnectException.class, () -> get(page));
    }

    @Test
    void urlsAreWrittenRelativeToTheSiteRoot() {
        assertThrows(IllegalArgumentException.class, () -> server.url("/index.html"));
        assertThrows(IllegalArgumentException.class, () -> StaticServer.start(SiteFixtures.site("clean"), "dossier"));
    }

    private HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
