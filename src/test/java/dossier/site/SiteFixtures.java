package dossier.site;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-written sites under {@code src/test/resources/site-fixtures/}, each with known faults. */
final class SiteFixtures {

    private SiteFixtures() {
    }

    /** The fixture site {@code name}, as copied onto the test class path. */
    static Path site(String name) {
        var url = SiteFixtures.class.getResource("/site-fixtures/" + name + "/index.html");
        if (url == null) {
            throw new IllegalArgumentException("no fixture site " + name);
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
