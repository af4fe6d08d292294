package dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page's Content-Security-Policy admits exactly its own scripts by hash: the JSON-LD block
 * as written and the script file it loads with a matching integrity, nothing inline, no 'self'.
 */
class ContentPolicyTest {

    @TempDir
    Path temp;

    @Test
    void everyPagesPolicyHashesExactlyItsJsonLdAndItsScriptFile() throws IOException {
        var build = FixtureBuild.build("paged", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(build.site())) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        int scripts = 0;
        for (var file : pages) {
            var page = Jsoup.parse(Files.readString(file));
            var policy = page.select("head > meta[http-equiv=Content-Security-Policy]").attr("content");
            var expected = new ArrayList<String>();
            for (var script : page.select("script")) {
                if (script.hasAttr("src")) {
                    var bytes = Files.readAllBytes(file.getParent().resolve(script.attr("src")).normalize());
                    assertEquals(sha256(bytes), script.attr("integrity"), file + ": integrity of " + script.attr("src"));
                    expected.add("'" + sha256(bytes) + "'");
                    scripts++;
                } else {
                    assertEquals("application/ld+json", script.attr("type"), file + ": only data blocks inline");
                    expected.add("'" + sha256(script.data().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "'");
                }
            }
            var allowed = expected.isEmpty() ? "'none'" : String.join(" ", expected);
            assertTrue(policy.startsWith("script-src " + allowed + ";"), file + ": " + policy);
            assertFalse(policy.split(";")[0].contains("'self'") || policy.contains("unsafe"), file + ": " + policy);
        }
        assertEquals(1, scripts, "the search page loads the one script file");
    }

    private static String sha256(byte[] bytes) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
