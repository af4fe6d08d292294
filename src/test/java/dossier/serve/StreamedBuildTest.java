package dossier.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.load.BuildOptions;
import dossier.load.ContentLoader;
import dossier.load.ThemeFiles;
import dossier.render.OutputFile;
import dossier.render.SiteRenderer;
import dossier.render.Templates;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build hands its files to the writer as they are made and keeps no parse; the preview keeps
 * them all. Both must give the same site, byte for byte.
 */
class StreamedBuildTest {

    @TempDir
    Path temp;

    @Test
    void streamedBuildGivesEveryFileThePreviewKeeps() throws IOException {
        var content = GeneratedDossier.write(temp, 40);
        var preview = new PreviewBuild(content, IncrementalBuildTest.THEME, BuildOptions.DEFAULTS,
                IncrementalBuildTest.BUILD_DATE);
        assertFalse(preview.update(Set.of()).failed());
        var dossier = new ContentLoader(Path.of("")).load(content, BuildOptions.DEFAULTS).dossier();
        var renderer = new SiteRenderer(new Templates(IncrementalBuildTest.THEME),
                ThemeFiles.assets(IncrementalBuildTest.THEME), IncrementalBuildTest.BUILD_DATE);

        for (int build = 1; build <= 2; build++) {
            var streamed = streamed(renderer, dossier);
            var kept = new TreeSet<String>();
            for (var file : preview.files()) {
                kept.add(file.path().file());
                assertArrayEquals(file.bytes(), streamed.get(file.path().file()), file.path() + ", build " + build);
            }
            assertEquals(kept, new TreeSet<>(streamed.keySet()));
        }
    }

    /** The files of one streamed render by path, each path handed once, from whichever threads made them. */
    private static Map<String, byte[]> streamed(SiteRenderer renderer, dossier.model.Dossier dossier) {
        var files = new ConcurrentHashMap<String, byte[]>();
        renderer.render(dossier, (OutputFile file) -> assertNull(files.put(file.path().file(), file.bytes()), file.path().file()));
        return files;
    }
}
