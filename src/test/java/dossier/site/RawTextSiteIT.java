package dossier.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.FixtureBuild;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture dossier of raw {@code .txt} articles, with a republished story, built and checked
 * as a host sees it: valid HTML, and every link resolving, those between the kept article and
 * its copy included.
 */
class RawTextSiteIT {

    @TempDir
    Path temp;

    @Test
    void rawArticlesAndARepublishedStoryGiveValidPagesWithWorkingLinks() {
        var build = FixtureBuild.build("raw-text", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        var errors = HtmlValidator.validate(build.site()).stream().filter(m -> m.type() == HtmlMessage.Type.ERROR).toList();
        assertEquals(List.of(), errors);
        assertEquals(List.of(), LinkCheck.check(build.site(), "/brut/"));
    }
}
