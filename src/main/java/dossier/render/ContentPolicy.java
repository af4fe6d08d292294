package dossier.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;

/**
 * The Content-Security-Policy a page carries in its {@code <meta>}: scripts are allowed only by
 * their SHA-256 hash — the page's JSON-LD block and its own script file, loaded with a matching
 * {@code integrity} — so no inline code and no other file ever runs; no plugins, no {@code <base>},
 * forms only to the site. Hashes rather than {@code 'self'}: they hold on any host, under any
 * sub-path and when a checker reads the page from disk, where {@code 'self'} means nothing.
 */
final class ContentPolicy {

    private ContentPolicy() {
    }

    /** The policy for a page with this JSON-LD text and this script integrity (either may be empty). */
    static String of(String jsonLd, String scriptIntegrity) {
        var sources = new ArrayList<String>();
        if (!jsonLd.isEmpty()) {
            sources.add("'" + integrity(jsonLd.getBytes(StandardCharsets.UTF_8)) + "'");
        }
        if (!scriptIntegrity.isEmpty()) {
            sources.add("'" + scriptIntegrity + "'");
        }
        var scripts = sources.isEmpty() ? "'none'" : String.join(" ", sources);
        return "script-src " + scripts + "; object-src 'none'; base-uri 'none'; form-action 'self'";
    }

    /** The Subresource Integrity value of some bytes: {@code sha256-} and the Base64 digest. */
    static String integrity(byte[] bytes) {
        return "sha256-" + Base64.getEncoder().encodeToString(Sha256.of(bytes));
    }
}
