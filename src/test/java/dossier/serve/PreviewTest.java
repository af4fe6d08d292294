package dossier.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.load.BuildOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview through a real socket on 127.0.0.1, as a browser uses it. */
class PreviewTest {

    /** Generous: the machine may be busy; the test never measures time, it only stops waiting. */
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path temp;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(WAIT_SECONDS)).build();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private Path content;
    private Preview preview;
    private Thread reader;

    @BeforeEach
    void start() throws IOException {
        content = GeneratedDossier.write(temp, 8);
        var build = new PreviewBuild(content, IncrementalBuildTest.THEME, BuildOptions.DEFAULTS, IncrementalBuildTest.BUILD_DATE);
        preview = Preview.start(build, 0, List.of(content), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        preview.close();
        if (reader != null) {
            reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    @Test
    void servesPagesWithTheReloadScriptBeforeTheEndOfBody() throws Exception {
        var home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<script src=\"/__dossier/reload.js\" defer></script></body>"), home.body());
        assertTrue(get("/articles/article-03/").body().contains("Article numéro 3"));
        var script = get("/__dossier/reload.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElse(""));
        assertTrue(script.body().contains("new EventSource('/__dossier/events')"));
        assertEquals(301, get("/articles/article-03").statusCode());
        assertEquals(404, get("/nulle-part/").statusCode());
        assertFalse(get("/assets/style.css").body().contains("reload.js"));
    }

    @Test
    void changedArticleSendsReloadAndIsServedNew() throws Exception {
        var events = listen();
        GeneratedDossier.article(content, 3, "Titre changé pendant l'aperçu", "2024-04-04", List.of("Togo"), false);
        assertEquals("event: reload", next(events, "event: "));
        assertTrue(get("/articles/article-03/").body().contains("Titre changé pendant l’aperçu"));
    }

    @Test
    void badChangeSendsItsProblemsAndKeepsTheLastGoodPage() throws Exception {
        var events = listen();
        var file = content.resolve("articles").resolve(GeneratedDossier.name(5));
        var good = get("/articles/article-05/").body();
        Files.writeString(file, Files.readString(file).replace("date: ", "date: bientôt "));
        assertEquals("event: problems", next(events, "event: "));
        var data = next(events, "data: ");
        assertTrue(data.startsWith("data: [\"") && data.contains("article-05.md:3: "), data);
        assertEquals(good, get("/articles/article-05/").body());
        assertTrue(errors.toString(StandardCharsets.UTF_8).contains("article-05.md:3: "), errors.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tabOpenedAfterABadChangeStillGetsTheProblems() throws Exception {
        var first = listen();
        var file = content.resolve("articles").resolve(GeneratedDossier.name(6));
        Files.writeString(file, "pas de front matter");
        assertEquals("event: problems", next(first, "event: "));
        var second = listen();
        assertEquals("event: problems", next(second, "event: "));
    }

    @Test
    void stopEndsItsThreadsAndClosesThePort() throws Exception {
        listen();
        int port = preview.port();
        preview.close();
        reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertFalse(reader.isAlive(), "the event stream ended");
        assertThrows(ConnectException.class, () -> client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString()));
        var left = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("dossier-") && t.isAlive()).map(Thread::getName).toList();
        assertEquals(List.of(), left);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + path))
                .timeout(Duration.ofSeconds(WAIT_SECONDS)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the event stream and reads its lines on a thread of its own, into a queue. */
    private BlockingQueue<String> listen() throws Exception {
        var lines = new LinkedBlockingQueue<String>();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + preview.port() + PreviewServer.EVENTS)).build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        reader = new Thread(() -> {
            try (var stream = response.body()) {
                stream.forEach(lines::add);
            } catch (RuntimeException e) {
                lines.add("closed: " + e.getMessage());
            }
        }, "test-events");
        reader.start();
        int wait = 0;
        while (preview.listeners() == 0 && wait++ < WAIT_SECONDS * 10) {
            Thread.sleep(100);
        }
        return lines;
    }

    private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            var line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        return "nothing starting with \"" + prefix + "\" within " + WAIT_SECONDS + " s";
    }
}
