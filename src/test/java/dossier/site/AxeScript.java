package dossier.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * axe-core, the accessibility rules engine, as installed by {@code npm ci} in
 * {@code src/test/browser} (its version is pinned by the package-lock.json there).
 */
final class AxeScript {

    /** Relative to the project folder, where Maven runs tests. */
    static final Path LOCATION = Path.of("src/test/browser/node_modules/axe-core/axe.min.js");

    private AxeScript() {
    }

    /** The script, if installed. */
    static Optional<Path> find() {
        return Optional.of(LOCATION.toAbsolutePath()).filter(Files::isRegularFile);
    }

    /** The script's source, to evaluate in a page. */
    static String source() {
        var script = find().orElseThrow(() -> new IllegalStateException(
                "axe-core is not installed: run `npm ci --ignore-scripts` in src/test/browser"));
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
