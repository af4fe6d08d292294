package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates find what they include by plain and by relative name, a dossier's folder before the jar's theme. */
class ThemeLoaderTest {

    private final Views.Site site = new Views.Site("Dossier", "", "", "fr", "", "./", "themes/", "chronologie/",
            "recherche/", "style.css", "icon.svg", List.of());

    @Test
    void partsAreIncludedByPlainAndByRelativeName(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("page.peb"), "{% include \"part\" %}|{% include \"./part\" %}|"
                + "{% include \"sub/inner\" %}");
        Files.writeString(folder.resolve("part.peb"), "{{ page.label }}");
        Files.writeString(Files.createDirectory(folder.resolve("sub")).resolve("inner.peb"), "{% include \"../part\" %}");
        assertEquals("L’été|L’été|L’été", new Templates(List.of(folder)).render("page", new Views.Link("u", "L’été"), site));
    }

    @Test
    void aDossiersTemplateIsFoundBeforeTheThemesOfTheJar(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("page.peb"), "{% set pager = page %}{% include \"pager\" %}");
        Files.writeString(folder.resolve("pager.peb"), "page {{ pager.current }} sur {{ pager.total }}");
        assertEquals("page 2 sur 3", new Templates(List.of(folder)).render("page", new Views.Pager(2, 3, "", ""), site));
    }

    @Test
    void aMissingPartIsReportedWithItsName(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("page.peb"), "{% include \"absent\" %}");
        var error = assertThrows(Templates.TemplateException.class,
                () -> new Templates(List.of(folder)).render("page", new Views.Link("u", "l"), site));
        assertEquals("template page.peb: Could not find template \"absent\" (?:?)", error.getMessage());
    }
}
