package dossier.serve;

import dossier.model.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The running preview: builds the site once, serves it, and after each burst of file changes
 * rebuilds what changed, prints the outcome (problems as {@code file:line: message}) and tells
 * open tabs to reload, or to show the problems while the last good pages stay served.
 */
public final class Preview implements AutoCloseable {

    private final PreviewBuild build;
    private final PrintStream out;
    private final PrintStream err;
    private final ReloadChannel channel = new ReloadChannel();
    private final PreviewServer server;
    private final FileWatcher watcher;

    private Preview(PreviewBuild build, int port, List<Path> watched, PrintStream out, PrintStream err) throws IOException {
        this.build = build;
        this.out = out;
        this.err = err;
        this.server = new PreviewServer(build, channel, port);
        FileWatcher started;
        try {
            started = new FileWatcher(watched, this::rebuild);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        this.watcher = started;
    }

    /**
     * Builds the site and starts serving it on 127.0.0.1:{@code port} (0 picks a free port),
     * watching {@code watched} folders. A first build with errors still starts the server: it
     * shows the problems until the content is fixed.
     */
    public static Preview start(PreviewBuild build, int port, List<Path> watched, PrintStream out, PrintStream err)
            throws IOException {
        var outcome = build.update(Set.of());
        var preview = new Preview(build, port, watched, out, err);
        preview.report(outcome, 0);
        return preview;
    }

    public int port() {
        return server.port();
    }

    /** The number of tabs listening for reloads. */
    int listeners() {
        return channel.clients();
    }

    private void rebuild(FileWatcher.Burst burst) {
        try {
            report(build.update(burst.paths()), burst.firstNanos());
        } catch (IOException e) {
            err.println("dossier: input/output failure: " + e.getMessage());
            channel.problems(List.of("input/output failure: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            err.println("dossier: input/output failure: " + e.getCause().getMessage());
            channel.problems(List.of("input/output failure: " + e.getCause().getMessage()));
        } catch (dossier.render.Templates.TemplateException e) {
            err.println("dossier: " + e.getMessage());
            channel.problems(List.of(e.getMessage()));
        }
    }

    /** Prints and sends the outcome; {@code firstEvent} (nanoTime, 0 for none) is when the change was seen. */
    private void report(PreviewBuild.Outcome outcome, long firstEvent) {
        if (outcome.unchanged()) {
            return;
        }
        outcome.problems().forEach(problem -> err.println(problem.format()));
        if (outcome.failed()) {
            var errors = outcome.problems().stream().filter(Problem::isError).map(Problem::format).toList();
            err.println("dossier: " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                    + (build.ready() ? ", still serving the last good pages" : ", nothing to serve yet"));
            channel.problems(errors);
            return;
        }
        var since = firstEvent == 0 ? "" : ", " + (System.nanoTime() - firstEvent) / 1_000_000 + " ms after the file event";
        var what = outcome.whole() ? "site built, " + build.files().size() + " files"
                : "rebuilt " + outcome.articles() + (outcome.articles() == 1 ? " article, " : " articles, ")
                        + outcome.written() + (outcome.written() == 1 ? " file" : " files") + " written";
        out.println("dossier: " + what + " in " + outcome.nanos() / 1_000_000 + " ms" + since);
        channel.reload();
    }

    /** Stops watching and serving; returns once the threads have ended. */
    @Override
    public void close() throws IOException {
        try {
            watcher.close();
        } finally {
            server.close();
        }
    }
}
