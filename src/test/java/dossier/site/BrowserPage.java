package dossier.site;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One tab of a {@link Chromium}, used as a reader would: load a page, click, type, press keys,
 * and see what went wrong on the way.
 *
 * <pre>{@code
 * var page = browser.open(server.url("recherche/"));
 * page.click("#q");
 * page.type("togo");
 * page.waitUntil("document.querySelectorAll('.resultat').length > 0");
 * assertEquals(List.of(), page.consoleErrors());     // console.error, uncaught exceptions, failed loads
 * assertEquals(List.of(), page.externalRequests());  // anything not for 127.0.0.1, blocked
 * assertEquals(List.of(), page.axe());               // axe-core's violations
 * }</pre>
 *
 * <p>From the moment the tab opens, every request is paused and only those for 127.0.0.1 go on;
 * the others fail as "blocked by client" and are listed by {@link #externalRequests()} (their
 * failed-load console message is not repeated in {@link #consoleErrors()}). The records add up
 * over navigations until {@link #clearRecords()}. Every wait is bounded by the browser's timeout.
 */
public final class BrowserPage implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DevToolsConnection connection;
    private final String targetId;
    private final String session;
    private final PageEvents events;
    private final Duration timeout;

    private BrowserPage(DevToolsConnection connection, String targetId, String session, Duration timeout) {
        this.connection = connection;
        this.targetId = targetId;
        this.session = session;
        this.events = new PageEvents(connection, session);
        this.timeout = timeout;
    }

    /** Opens a blank tab and turns on what the checks record, before anything loads in it. */
    static BrowserPage attach(DevToolsConnection connection, Duration timeout) {
        var target = connection.call(null, "Target.createTarget", connection.params().put("url", "about:blank"))
                .path("targetId").asText();
        var session = connection.call(null, "Target.attachToTarget",
                connection.params().put("targetId", target).put("flatten", true)).path("sessionId").asText();
        var page = new BrowserPage(connection, target, session, timeout);
        connection.listen(session, page.events);
        page.command("Page.enable");
        page.call("Page.setLifecycleEventsEnabled", connection.params().put("enabled", true));
        page.command("Runtime.enable");
        page.command("Log.enable");
        page.command("Network.enable");
        var everything = connection.params();
        everything.putArray("patterns").addObject().put("urlPattern", "*");
        page.call("Fetch.enable", everything);
        return page;
    }

    /** Loads {@code url} and waits for its load event (not for a same-page #fragment move). */
    public BrowserPage navigate(URI url) {
        var result = call("Page.navigate", connection.params().put("url", url.toString()));
        var error = result.path("errorText").asText("");
        if (!error.isEmpty()) {
            throw new DevToolsException("could not load " + url + ": " + error);
        }
        if (result.hasNonNull("loaderId")) {
            awaitLoad(url, result.get("loaderId").asText());
        }
        return this;
    }

    private void awaitLoad(URI url, String loaderId) {
        try {
            events.loaded(loaderId).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted while loading " + url, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DevToolsException(url + " did not finish loading within " + timeout.toSeconds() + " s", e);
        }
    }

    /**
     * Runs {@code expression} in the page, awaiting it if it is a promise, and returns its value
     * as JSON ({@code null} for undefined); a thrown error becomes a {@link DevToolsException}.
     */
    public JsonNode evaluate(String expression) {
        var params = connection.params().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true).put("userGesture", true);
        var result = call("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            var details = result.get("exceptionDetails");
            throw new DevToolsException("script failed: " + details.path("exception").path("description")
                    .asText(details.path("text").asText()));
        }
        var value = result.path("result").path("value");
        return value.isMissingNode() ? NullNode.getInstance() : value;
    }

    /** Polls {@code condition} (JavaScript) until it is true; an error while polling counts as false. */
    public void waitUntil(String condition) {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (evaluate("Boolean(" + condition + ")").asBoolean()) {
                    return;
                }
            } catch (DevToolsException notYet) {
                // e.g. the context was replaced by a navigation in progress
            }
            pause();
        }
        throw new DevToolsException("still false after " + timeout.toSeconds() + " s: " + condition);
    }

    /** Clicks the middle of the first element matching {@code selector}, as a mouse would. */
    public void click(String selector) {
        var centre = evaluate("(() => { const e = document.querySelector(" + quoted(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'});"
                + " const r = e.getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (centre.isNull()) {
            throw new IllegalArgumentException("no element matches " + selector);
        }
        for (var type : List.of("mouseMoved", "mousePressed", "mouseReleased")) {
            var params = connection.params().put("type", type)
                    .put("x", centre.get("x").asDouble()).put("y", centre.get("y").asDouble());
            if (!type.equals("mouseMoved")) {
                params.put("button", "left").put("clickCount", 1);
            }
            call("Input.dispatchMouseEvent", params);
        }
    }

    /** Gives the keyboard focus to the first element matching {@code selector}. */
    public void focus(String selector) {
        var found = evaluate("(() => { const e = document.querySelector(" + quoted(selector) + ");"
                + " if (e) e.focus(); return !!e; })()");
        if (!found.asBoolean()) {
            throw new IllegalArgumentException("no element matches " + selector);
        }
    }

    /** Types {@code text} key by key into the focused element (keydown, input, keyup each time). */
    public void type(String text) {
        text.codePoints().mapToObj(Character::toString).forEach(character -> {
            call("Input.dispatchKeyEvent", connection.params().put("type", "keyDown")
                    .put("key", character).put("text", character).put("unmodifiedText", character));
            call("Input.dispatchKeyEvent", connection.params().put("type", "keyUp").put("key", character));
        });
    }

    /** Presses and releases {@code key}. */
    public void press(Key key) {
        var down = connection.params().put("type", key.text.isEmpty() ? "rawKeyDown" : "keyDown")
                .put("key", key.name).put("code", key.name)
                .put("windowsVirtualKeyCode", key.code).put("nativeVirtualKeyCode", key.code);
        if (!key.text.isEmpty()) {
            down.put("text", key.text).put("unmodifiedText", key.text);
        }
        call("Input.dispatchKeyEvent", down);
        call("Input.dispatchKeyEvent", connection.params().put("type", "keyUp").put("key", key.name)
                .put("code", key.name).put("windowsVirtualKeyCode", key.code).put("nativeVirtualKeyCode", key.code));
    }

    /** Sizes the window like a device: {@code viewport(390, 844, true)} is a phone. */
    public void viewport(int width, int height, boolean mobile) {
        call("Emulation.setDeviceMetricsOverride", connection.params().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", mobile));
    }

    /** Styles the page for another medium, {@code "print"} say; {@code ""} goes back to the screen. */
    public void emulateMedia(String media) {
        call("Emulation.setEmulatedMedia", connection.params().put("media", media));
    }

    /** A PNG of what the window shows now. */
    public byte[] screenshot() {
        var data = call("Page.captureScreenshot", connection.params().put("format", "png")).path("data").asText();
        return Base64.getDecoder().decode(data);
    }

    /** Errors shown in the console since the tab opened (or since {@link #clearRecords()}). */
    public List<ConsoleError> consoleErrors() {
        return events.consoleErrors();
    }

    /** Every request the page made, allowed or not, in order. */
    public List<NetworkRequest> requests() {
        return events.requests();
    }

    /** The requests for any host but 127.0.0.1, which were blocked. */
    public List<NetworkRequest> externalRequests() {
        return events.blocked();
    }

    /** Runs {@code source} in every document this tab loads from now on, before the page's own scripts. */
    public void runOnEveryDocument(String source) {
        call("Page.addScriptToEvaluateOnNewDocument", connection.params().put("source", source));
    }

    /** Forgets what was recorded so far, e.g. between the pages of a crawl in one tab. */
    public void clearRecords() {
        events.clear();
    }

    /**
     * Runs axe-core's default rules on the current document and returns the violations, sorted
     * by rule; axe-core is injected from {@code src/test/browser/node_modules} on first use.
     */
    public List<AxeViolation> axe() {
        if (!evaluate("typeof axe === 'object' && typeof axe.run === 'function'").asBoolean()) {
            evaluate(AxeScript.source());
        }
        var found = evaluate("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => ("
                + "{id: v.id, impact: v.impact || '', help: v.help,"
                + " targets: v.nodes.map(n => n.target.flat(Infinity).join(' '))})))");
        var violations = new ArrayList<AxeViolation>();
        for (JsonNode violation : found) {
            var targets = new ArrayList<String>();
            violation.path("targets").forEach(target -> targets.add(target.asText()));
            violations.add(new AxeViolation(violation.path("id").asText(), violation.path("impact").asText(),
                    violation.path("help").asText(), targets));
        }
        violations.sort(Comparator.comparing(AxeViolation::id));
        return List.copyOf(violations);
    }

    /** Closes the tab. */
    @Override
    public void close() {
        connection.call(null, "Target.closeTarget", connection.params().put("targetId", targetId));
    }

    private JsonNode command(String method) {
        return call(method, connection.params());
    }

    private JsonNode call(String method, ObjectNode params) {
        return connection.call(session, method, params);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevToolsException("interrupted while waiting", e);
        }
    }
}
