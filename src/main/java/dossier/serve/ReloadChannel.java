package dossier.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent events that reach open tabs: {@code reload} after a good build, {@code problems}
 * (a JSON list of {@code file:line: message} lines) after a build with errors. A tab whose
 * connection broke is dropped at the next send.
 */
final class ReloadChannel {

    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
    /** The problems of the last build when it failed, for tabs that connect afterwards; else null. */
    private volatile String problems;

    /** Answers an {@code EventSource} request and keeps its connection open for later events. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        var body = exchange.getResponseBody();
        // The comment line makes the browser see the stream as open at once.
        var pending = problems;
        body.write((": dossier preview\n\n" + (pending == null ? "" : message("problems", pending)))
                .getBytes(StandardCharsets.UTF_8));
        body.flush();
        clients.add(exchange);
    }

    void reload() {
        problems = null;
        send("reload", "{}");
    }

    void problems(List<String> lines) {
        problems = json(lines);
        send("problems", problems);
    }

    private static String message(String event, String data) {
        return "event: " + event + "\ndata: " + data + "\n\n";
    }

    int clients() {
        return clients.size();
    }

    /** Ends every connection, so the server can stop without waiting for the tabs. */
    void close() {
        clients.forEach(HttpExchange::close);
        clients.clear();
    }

    private void send(String event, String data) {
        var bytes = message(event, data).getBytes(StandardCharsets.UTF_8);
        for (var client : clients) {
            try {
                OutputStream body = client.getResponseBody();
                body.write(bytes);
                body.flush();
            } catch (IOException e) {
                // The tab was closed: its connection is gone, and so is it from the list.
                clients.remove(client);
                client.close();
            }
        }
    }

    /** A JSON array of strings; only the characters JSON requires are escaped. */
    static String json(List<String> lines) {
        var out = new StringBuilder("[");
        for (var line : lines) {
            out.append(out.length() > 1 ? "," : "").append('"');
            for (char c : line.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }
}
