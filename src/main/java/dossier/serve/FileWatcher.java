package dossier.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders and everything under them, and hands over each burst of changes as one set of
 * paths: an editor's save is often several events (write, rename, attributes), and one rebuild
 * should follow, not three. An empty set means events were lost and everything must be rebuilt.
 */
final class FileWatcher implements AutoCloseable {

    /**
     * A burst ends once the folders stay quiet this long; short, as it counts in the time to reload.
     * An editor's save (a temporary file renamed over the article, or the article truncated then
     * written) comes as events well under a millisecond apart; should a slow save still be split,
     * the second burst builds again with the whole file.
     */
    static final long QUIET_MILLIS = 10;
    /** How often the thread checks that it should go on while nothing happens. */
    private static final long IDLE_MILLIS = 250;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Consumer<Burst> changes;
    private final Thread thread;
    private volatile boolean running = true;

    /** The paths a burst of events named (empty: events were lost), and when its first event was seen. */
    record Burst(Set<Path> paths, long firstNanos) {
    }

    FileWatcher(List<Path> roots, Consumer<Burst> changes) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.changes = changes;
        for (var root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
        thread = new Thread(this::run, "dossier-watch");
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                var key = service.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    continue;
                }
                long first = System.nanoTime();
                var burst = new LinkedHashSet<Path>();
                boolean lost = false;
                while (key != null) {
                    lost |= drain(key, burst);
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (running) {
                    changes.accept(new Burst(lost ? Set.of() : Set.copyOf(burst), first));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // close() ends the loop this way; nothing is left to do.
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the key's changed paths to {@code burst}; true when the system dropped events. */
    private boolean drain(WatchKey key, Set<Path> burst) {
        var folder = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                lost = true;
                continue;
            }
            var path = folder.resolve((Path) event.context());
            burst.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return lost;
    }

    private void registerTree(Path root) throws IOException {
        try (var tree = Files.walk(root)) {
            for (var folder : tree.filter(Files::isDirectory).toList()) {
                var key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, folder);
            }
        }
    }

    /** Stops watching and waits for the thread to end (it ends within one idle period). */
    @Override
    public void close() throws IOException {
        running = false;
        service.close();
        try {
            thread.join(IDLE_MILLIS * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
