package dossier.site;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one tab told us: console errors, requests, the requests it was refused, and which of
 * its documents have loaded. It also answers the tab's paused requests: 127.0.0.1 goes on,
 * any other host fails as blocked, so a test never reaches the internet and every attempt to
 * is on record.
 */
final class PageEvents implements Consumer<DevToolsConnection.Event> {

    private final DevToolsConnection connection;
    private final String session;
    private final List<ConsoleError> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<NetworkRequest> requests = new CopyOnWriteArrayList<>();
    private final List<NetworkRequest> blocked = new CopyOnWriteArrayList<>();
    private final Set<String> blockedUrls = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> loads = new ConcurrentHashMap<>();

    PageEvents(DevToolsConnection connection, String session) {
        this.connection = connection;
        this.session = session;
    }

    List<ConsoleError> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    List<NetworkRequest> requests() {
        return List.copyOf(requests);
    }

    List<NetworkRequest> blocked() {
        return List.copyOf(blocked);
    }

    void clear() {
        consoleErrors.clear();
        requests.clear();
        blocked.clear();
    }

    /** Completes when the document of this navigation has fired its load event. */
    CompletableFuture<Void> loaded(String loaderId) {
        return loads.computeIfAbsent(loaderId, id -> new CompletableFuture<>());
    }

    @Override
    public void accept(DevToolsConnection.Event event) {
        var params = event.params();
        switch (event.method()) {
            case "Fetch.requestPaused" -> decide(params);
            case "Network.requestWillBeSent" -> requests.add(request(params.path("request"), params.path("type")));
            case "Runtime.consoleAPICalled" -> console(params);
            case "Runtime.exceptionThrown" -> exception(params.path("exceptionDetails"));
            case "Log.entryAdded" -> log(params.path("entry"));
            case "Page.lifecycleEvent" -> {
                if (params.path("name").asText().equals("load")) {
                    loaded(params.path("loaderId").asText()).complete(null);
                }
            }
            default -> {
                // other events of the enabled domains say nothing a check needs
            }
        }
    }

    private void decide(JsonNode paused) {
        var request = paused.path("request");
        var params = connection.params().put("requestId", paused.path("requestId").asText());
        if (local(request.path("url").asText())) {
            connection.send(session, "Fetch.continueRequest", params);
        } else {
            blockedUrls.add(request.path("url").asText());
            blocked.add(request(request, paused.path("resourceType")));
            connection.send(session, "Fetch.failRequest", params.put("errorReason", "BlockedByClient"));
        }
    }

    /** Only the test's own server; data: and blob: URLs never leave the browser. */
    static boolean local(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
            return true;
        }
        try {
            var uri = URI.create(url);
            return "127.0.0.1".equals(uri.getHost());
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private static NetworkRequest request(JsonNode request, JsonNode type) {
        return new NetworkRequest(request.path("url").asText(), request.path("method").asText(), type.asText(""));
    }

    private void console(JsonNode call) {
        var type = call.path("type").asText();
        if (!type.equals("error") && !type.equals("assert")) {
            return;
        }
        var text = String.join(" ", StreamSupport.stream(call.path("args").spliterator(), false)
                .map(argument -> argument.has("value") ? argument.get("value").asText()
                        : argument.path("description").asText(argument.path("type").asText()))
                .toList());
        var frame = call.path("stackTrace").path("callFrames").path(0);
        consoleErrors.add(new ConsoleError("console." + type, text, frame.path("url").asText(""),
                frame.has("lineNumber") ? frame.get("lineNumber").asInt() + 1 : 0));
    }

    private void exception(JsonNode details) {
        var description = details.path("exception").path("description").asText("");
        var firstLine = description.lines().findFirst().orElse("");
        var text = (details.path("text").asText("") + " " + firstLine).strip();
        consoleErrors.add(new ConsoleError("exception", text, details.path("url").asText(""),
                details.has("lineNumber") ? details.get("lineNumber").asInt() + 1 : 0));
    }

    private void log(JsonNode entry) {
        if (!entry.path("level").asText().equals("error")) {
            return;
        }
        var url = entry.path("url").asText("");
        // a request we refused is reported once, as an external request, not again here
        if (entry.path("source").asText().equals("network") && blockedUrls.contains(url)) {
            return;
        }
        consoleErrors.add(new ConsoleError("log", entry.path("text").asText(), url,
                entry.has("lineNumber") ? entry.get("lineNumber").asInt() + 1 : 0));
    }
}
