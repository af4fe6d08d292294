package dossier.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One WebSocket to Chromium speaking the DevTools protocol: JSON commands with an id, answers
 * carrying that id, and events; pages are sessions on it ({@code Target.attachToTarget} with
 * {@code flatten}), told apart by {@code sessionId}.
 *
 * <p>Answers and events are handled on one thread, in the order they arrived, so that when a
 * command's answer is seen, every event sent before it has been seen too (a console error
 * logged by an evaluated script is recorded before {@code evaluate} returns). Event listeners
 * run on that thread and must not wait for an answer: they {@link #send} and move on.
 */
final class DevToolsConnection implements AutoCloseable {

    /** An event of the protocol, e.g. {@code Runtime.consoleAPICalled}, with its params. */
    record Event(String method, JsonNode params) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Event>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService inbox = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "devtools-inbox");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;
    private final WebSocket socket;
    private volatile String closedBecause;

    private DevToolsConnection(URI endpoint, Duration timeout) {
        this.timeout = timeout;
        try {
            this.socket = HttpClient.newBuilder().connectTimeout(timeout).build()
                    .newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(endpoint, new Receiver())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted while connecting to " + endpoint, e);
        } catch (ExecutionException | TimeoutException e) {
            inbox.shutdownNow();
            throw new DevToolsException("could not connect to " + endpoint, e);
        }
    }

    /** Connects to a browser's DevTools WebSocket; every later wait is bounded by {@code timeout}. */
    static DevToolsConnection open(URI endpoint, Duration timeout) {
        return new DevToolsConnection(endpoint, timeout);
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Sends a command and waits for its result; {@code sessionId} is null for the browser itself. */
    JsonNode call(String sessionId, String method, ObjectNode params) {
        var answer = send(sessionId, method, params);
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException(method + " interrupted", e);
        } catch (TimeoutException e) {
            throw new DevToolsException(method + " got no answer within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DevToolsException refused ? refused
                    : new DevToolsException(method + " failed", e.getCause());
        }
    }

    /** Sends a command without waiting: the future completes with its result. */
    CompletableFuture<JsonNode> send(String sessionId, String method, ObjectNode params) {
        long id = ids.incrementAndGet();
        var answer = new CompletableFuture<JsonNode>();
        if (closedBecause != null) {
            answer.completeExceptionally(new DevToolsException(method + ": connection closed, " + closedBecause));
            return answer;
        }
        var message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        pending.put(id, answer);
        try {
            write(json.writeValueAsString(message));
        } catch (JsonProcessingException | RuntimeException e) {
            pending.remove(id);
            answer.completeExceptionally(new DevToolsException(method + " could not be sent", e));
        }
        return answer;
    }

    /** Routes the events of one session ({@code null}: the browser's own) to {@code listener}. */
    void listen(String sessionId, Consumer<Event> listener) {
        listeners.put(sessionId == null ? "" : sessionId, listener);
    }

    // the JDK WebSocket allows one outstanding send at a time
    private synchronized void write(String text) {
        try {
            socket.sendText(text, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted while sending", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DevToolsException("could not send to the browser", e);
        }
    }

    private void receive(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new DevToolsException("the browser sent something that is not JSON: " + text, e);
        }
        if (message.has("id")) {
            var answer = pending.remove(message.get("id").asLong());
            if (answer == null) {
                return;
            }
            if (message.has("error")) {
                answer.completeExceptionally(new DevToolsException(message.get("error").path("message").asText()
                        + " " + message.get("error").path("data").asText("")));
            } else {
                answer.complete(message.path("result"));
            }
            return;
        }
        var listener = listeners.get(message.path("sessionId").asText(""));
        if (listener != null) {
            listener.accept(new Event(message.path("method").asText(), message.path("params")));
        }
    }

    private void closedBecause(String reason) {
        closedBecause = reason;
        pending.values().forEach(answer -> answer.completeExceptionally(
                new DevToolsException("connection to the browser closed: " + reason)));
        pending.clear();
    }

    @Override
    public void close() {
        closedBecause("closed by the test");
        socket.abort();
        inbox.shutdownNow();
    }

    /** Gathers frames into whole messages and hands them to the inbox thread, in order. */
    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                var text = partial.toString();
                partial.setLength(0);
                inbox.execute(() -> receive(text));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            inbox.execute(() -> closedBecause("status " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            inbox.execute(() -> closedBecause(String.valueOf(error)));
        }
    }
}
