package dossier.write;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The walk of a site folder, begun on a thread of its own before the build needs it: at 10,000
 * articles the folder holds 40,000 entries, a few tenths of a second to read, which the loading of
 * the content hides instead of holding up the first write. It only reads; {@link SiteWriter} walks
 * again when it must first finish a commit a killed build left, since that changes the folder.
 */
public final class SiteLookahead {

    private final Path target;
    private final FutureTask<CurrentSite> walk;

    private SiteLookahead(Path target) {
        this.target = target;
        this.walk = new FutureTask<>(() -> CurrentSite.of(target));
    }

    /** Starts walking the folder {@code out} (absent or not) now. */
    public static SiteLookahead start(Path out) {
        var lookahead = new SiteLookahead(out.toAbsolutePath().normalize());
        var thread = new Thread(lookahead.walk, "site-walk");
        // a build stopped by content errors does not wait for a walk it will not use
        thread.setDaemon(true);
        thread.start();
        return lookahead;
    }

    Path target() {
        return target;
    }

    /** What the folder held, once the walk is over; a failed walk is thrown as it failed. */
    CurrentSite current() throws IOException {
        try {
            return walk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped while reading " + target);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException failed) {
                throw failed;
            }
            if (e.getCause() instanceof UncheckedIOException failed) {
                throw failed.getCause();
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
