package dossier.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The tools browser tests need, and what to do when one is missing: on a developer's machine
 * the test is skipped with the reason; under CI ({@code CI=true}) it fails, because a check
 * that silently stops running is worse than a red build.
 *
 * <pre>{@code
 * var tools = Prerequisites.fromEnvironment();
 * tools.chromium();    // skips or fails here when there is none
 * tools.axe();
 * }</pre>
 */
public final class Prerequisites {

    private final boolean ci;

    Prerequisites(Map<String, String> environment) {
        var value = environment.getOrDefault("CI", "");
        this.ci = value.equalsIgnoreCase("true") || value.equals("1");
    }

    /** Reads {@code CI} from this process's environment. */
    public static Prerequisites fromEnvironment() {
        return new Prerequisites(System.getenv());
    }

    /** The Chromium binary; see {@link Chromium#find()}. */
    public Path chromium() {
        return require(Chromium.find(), "no Chromium found: apt-get install chromium, or set CHROME_PATH"
                + " (.ci/run installs it)");
    }

    /** axe-core's script; see {@link AxeScript}. */
    public Path axe() {
        return require(AxeScript.find(), "axe-core is not installed: run `npm ci --ignore-scripts` in"
                + " src/test/browser (.ci/run does)");
    }

    /** The tool when present; otherwise the test stops here, skipped or, under CI, failed. */
    <T> T require(Optional<T> tool, String missing) {
        if (tool.isPresent()) {
            return tool.get();
        }
        if (ci) {
            fail(missing + "; under CI a missing tool is a failure, not a skip");
        }
        Assumptions.abort(missing);
        throw new AssertionError("unreachable: abort throws");
    }
}
