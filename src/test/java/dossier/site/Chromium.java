package dossier.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol: no WebDriver, no Selenium, only a
 * WebSocket from {@code java.net.http} and Jackson.
 *
 * <pre>{@code
 * try (var server = StaticServer.start(site, "/dossier/"); var browser = Chromium.launch()) {
 *     BrowserPage page = browser.open(server.url("index.html"));
 *     assertEquals(List.of(), page.consoleErrors());
 *     assertEquals(List.of(), page.externalRequests());
 *     assertEquals(List.of(), page.axe());
 * }
 * }</pre>
 *
 * <p>Each launch gets a fresh profile in a temporary folder; {@link #close()} ends the browser
 * and every process it started, and removes that folder. Every wait is bounded: 30 s for the
 * browser to start, and the same for each command. Pages only reach 127.0.0.1: see
 * {@link BrowserPage}.
 */
public final class Chromium implements AutoCloseable {

    /** Where Debian (and Ubuntu's older packages) put the browser; CHROME_PATH comes first. */
    private static final List<String> KNOWN_PLACES = List.of(
            // Debian's /usr/bin/chromium is a shell script that keeps running beside the browser
            // and adds flags from /etc/chromium.d; the binary it starts is this one
            "/usr/lib/chromium/chromium",
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final Process process;
    private final Thread killer;
    private final DevToolsConnection connection;

    private Chromium(Path binary) throws IOException {
        home = Files.createTempDirectory("dossier-chromium-");
        var profile = Files.createDirectory(home.resolve("profile"));
        process = new ProcessBuilder(command(binary, profile))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("chromium.log").toFile())
                .start();
        process.getOutputStream().close();
        // a test JVM stopped half-way (timeout, Ctrl-C) must not leave browsers behind
        killer = new Thread(() -> processes().forEach(ProcessHandle::destroyForcibly), "chromium-killer");
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            connection = DevToolsConnection.open(endpoint(profile.resolve("DevToolsActivePort")), TIMEOUT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The Chromium binary of this machine, if any: {@code CHROME_PATH}, then Debian's places. */
    public static Optional<Path> find() {
        var places = new ArrayList<String>();
        Optional.ofNullable(System.getenv("CHROME_PATH")).filter(path -> !path.isBlank()).ifPresent(places::add);
        places.addAll(KNOWN_PLACES);
        return places.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Starts the Chromium {@link #find()} finds; fails with the fix when there is none. */
    public static Chromium launch() {
        return launch(find().orElseThrow(() -> new IllegalStateException(
                "no Chromium found: apt-get install chromium, or set CHROME_PATH")));
    }

    /** Starts this Chromium binary, headless, with a fresh profile. */
    public static Chromium launch(Path binary) {
        try {
            return new Chromium(binary);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + binary, e);
        }
    }

    /** Opens a new tab and loads {@code url} in it, waiting for its load event. */
    public BrowserPage open(URI url) {
        return BrowserPage.attach(connection, TIMEOUT).navigate(url);
    }

    /** The folder holding the profile and the browser's log; gone after {@link #close()}. */
    Path home() {
        return home;
    }

    /** The browser's process and its children, for tests of the clean-up. */
    List<ProcessHandle> processes() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    }

    @Override
    public void close() {
        // the profile is thrown away, so there is nothing for a graceful Browser.close to save:
        // killing is faster (by 1.5 s a launch) and cannot hang
        var everyone = processes();
        if (connection != null) {
            connection.close();
        }
        // the browser first, so it starts no new child; SIGKILL cannot be refused, so the
        // children are dead at once, though as zombies of PID 1 they may be listed for seconds
        everyone.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it kills the same processes
        }
        TempFolder.delete(home);
    }

    private static List<String> command(Path binary, Path profile) {
        return List.of(binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-quic",
                "--mute-audio",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank");
    }

    /** Chromium writes its chosen port and the browser's WebSocket path there once it listens. */
    private URI endpoint(Path activePort) {
        var deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                var lines = Files.readAllLines(activePort, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && !lines.get(1).isBlank()) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).strip() + lines.get(1).strip());
                }
            } catch (IOException notYetWritten) {
                // keep waiting
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Chromium did not open its DevTools port within "
                + TIMEOUT.toSeconds() + " s:\n" + log());
    }

    private String log() {
        try {
            var lines = Files.readAllLines(home.resolve("chromium.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
