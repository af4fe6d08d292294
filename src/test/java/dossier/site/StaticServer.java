package dossier.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a site folder over HTTP on 127.0.0.1, on a free port, under a sub-path, as a plain
 * static host would; for browser tests.
 *
 * <pre>{@code
 * try (var server = StaticServer.start(Path.of("site"), "/dossier/")) {
 *     URI page = server.url("articles/x/");      // http://127.0.0.1:PORT/dossier/articles/x/
 *     ...
 *     assertEquals(List.of(), server.notFound());
 * }
 * }</pre>
 *
 * <p>Serving under a sub-path rather than at the root is what proves the site's links are
 * relative. Like common hosts it answers {@code x/} with {@code x/index.html}, redirects a
 * folder named without its slash, and sends a Content-Type by file extension with
 * {@code nosniff}, so a wrong type fails in the browser as it would in production.
 */
public final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"));

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService threads;
    private final List<ServedRequest> requests = new CopyOnWriteArrayList<>();

    private StaticServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        // a few threads: a browser opens several connections at once for a page's assets
        this.threads = Executors.newFixedThreadPool(4, task -> {
            var thread = new Thread(task, "static-server");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /**
     * Serves {@code siteDir} at {@code http://127.0.0.1:PORT} + {@code basePath}; the base path
     * starts and ends with {@code /}: {@code "/"} or {@code "/dossier/"}.
     */
    public static StaticServer start(Path siteDir, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        if (!Files.isDirectory(siteDir)) {
            throw new IllegalArgumentException(siteDir + " is not a folder (was the site built?)");
        }
        try {
            return new StaticServer(siteDir, basePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL of the site's root folder, e.g. {@code http://127.0.0.1:41234/dossier/}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
    }

    /** The URL of a path inside the site, written as in a relative link: {@code articles/x/}. */
    public URI url(String relative) {
        if (relative.startsWith("/")) {
            throw new IllegalArgumentException("give a path inside the site, without leading /: " + relative);
        }
        return base().resolve(relative);
    }

    /** Every request answered so far, in order. */
    public List<ServedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests answered with 404: a file the site refers to but does not have. */
    public List<ServedRequest> notFound() {
        return requests.stream().filter(request -> request.status() == 404).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            respond(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        }
    }

    private int respond(HttpExchange exchange, String method, String path) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8), true);
        }
        var file = fileFor(path);
        if (file != null && Files.isDirectory(file)) {
            exchange.getResponseHeaders().set("Location", path + "/");
            return send(exchange, 301, "text/plain; charset=utf-8", new byte[0], false);
        }
        if (file == null || !Files.isRegularFile(file)) {
            return send(exchange, 404, "text/plain; charset=utf-8", ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8), method.equals("GET"));
        }
        return send(exchange, 200, type(file), Files.readAllBytes(file), method.equals("GET"));
    }

    /** The file a URL path names, or null when it lies outside the base path or the folder. */
    private Path fileFor(String path) {
        if (path == null || !path.startsWith(basePath)) {
            return null;
        }
        var inside = path.substring(basePath.length());
        if (inside.isEmpty() || inside.endsWith("/")) {
            inside += "index.html";
        }
        try {
            var file = root.resolve(inside).normalize();
            return file.startsWith(root) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String type(Path file) {
        var name = file.getFileName().toString();
        var extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private int send(HttpExchange exchange, int status, String type, byte[] body, boolean withBody) throws IOException {
        // recorded before answering, so a client that has its answer finds it in requests()
        requests.add(new ServedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), status));
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("X-Content-Type-Options", "nosniff");
        // every test run sees the files as they are now
        headers.set("Cache-Control", "no-store");
        if (withBody) {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        } else {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
        }
        return status;
    }
}
