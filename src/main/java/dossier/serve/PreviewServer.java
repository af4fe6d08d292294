package dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Serves the preview's site from memory on 127.0.0.1 only, with the live-reload script added to
 * each HTML page before {@code </body>} (an external script: pages may forbid inline ones), the
 * script itself at {@code /__dossier/reload.js} and its event stream at {@code /__dossier/events}.
 */
final class PreviewServer implements AutoCloseable {

    static final String SCRIPT = "/__dossier/reload.js";
    static final String EVENTS = "/__dossier/events";
    private static final byte[] TAG = ("<script src=\"" + SCRIPT + "\" defer></script>").getBytes(StandardCharsets.UTF_8);
    private static final int THREADS = 4;
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"),
            Map.entry("ics", "text/calendar; charset=utf-8"));

    private final PreviewBuild build;
    private final ReloadChannel channel;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "dossier-http"));
    private final byte[] script;

    PreviewServer(PreviewBuild build, ReloadChannel channel, int port) throws IOException {
        this.build = build;
        this.channel = channel;
        try (InputStream in = PreviewServer.class.getResourceAsStream("reload.js")) {
            script = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The event stream stays open after this returns; every other exchange is closed here. */
    private void handle(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath();
        if (path.equals(EVENTS) && exchange.getRequestMethod().equals("GET")) {
            channel.open(exchange);
            return;
        }
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(SCRIPT)) {
                send(exchange, 200, TYPES.get("js"), script);
            } else {
                page(exchange, path);
            }
        }
    }

    /** A file of the site: {@code /x/} is {@code x/index.html}, {@code /x} redirects there, a miss gets 404.html. */
    private void page(HttpExchange exchange, String path) throws IOException {
        var file = path.substring(1) + (path.endsWith("/") ? "index.html" : "");
        var bytes = build.file(file);
        if (bytes == null && !path.endsWith("/") && build.file(file + "/index.html") != null) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, TYPES.get("txt"), new byte[0]);
            return;
        }
        if (bytes == null) {
            var missing = build.file("404.html");
            send(exchange, 404, TYPES.get("html"), withScript(missing == null ? new byte[0] : missing));
            return;
        }
        var type = TYPES.getOrDefault(file.substring(file.lastIndexOf('.') + 1), "application/octet-stream");
        send(exchange, 200, type, type.startsWith("text/html") ? withScript(bytes) : bytes);
    }

    /** The page with the reload script before its last {@code </body>} (or at its end). */
    static byte[] withScript(byte[] page) {
        var text = new String(page, StandardCharsets.UTF_8);
        int at = text.lastIndexOf("</body>");
        var tag = new String(TAG, StandardCharsets.UTF_8);
        var out = at < 0 ? text + tag : text.substring(0, at) + tag + text.substring(at);
        // the page's policy admits scripts by hash only: in the preview, the site's own files too
        out = out.replaceFirst("script-src ", "script-src 'self' ");
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Stops answering, ends open event streams and the threads. */
    @Override
    public void close() {
        channel.close();
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
