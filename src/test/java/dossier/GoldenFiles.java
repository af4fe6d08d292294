package dossier;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a built file with its golden copy byte for byte, showing the first differing line.
 * {@code -Dgolden.update=true} rewrites the golden copy instead, on purpose; read the diff in the commit.
 */
public final class GoldenFiles {

    private GoldenFiles() {
    }

    public static void assertMatches(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + " (run with -Dgolden.update=true to create it)");
        }
        var expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        var expectedLines = expected.split("\n", -1);
        var actualLines = actual.split("\n", -1);
        for (int i = 0; i < Math.max(expectedLines.length, actualLines.length); i++) {
            var e = i < expectedLines.length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.length ? actualLines[i] : "<end of file>";
            if (!e.equals(a)) {
                fail(golden + ":" + (i + 1) + " differs\n  expected: " + e + "\n  actual:   " + a);
            }
        }
    }
}
