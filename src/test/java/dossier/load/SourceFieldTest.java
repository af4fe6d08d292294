package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code source: {name, url, collected}}: the day a source was read, for its archived copy. */
class SourceFieldTest {

    @TempDir
    Path temp;

    @Test
    void collectedDateIsRead() throws IOException {
        var loaded = load("""
                ---
                title: "Un titre"
                date: 2025-10-07
                source:
                  name: "Journal"
                  url: "https://journal.example/a"
                  collected: 2025-10-09
                ---
                Texte.
                """);
        var source = loaded.dossier().articles().get(0).source();
        assertEquals(LocalDate.of(2025, 10, 9), source.collected());
        assertEquals(LocalDate.of(2025, 10, 9), source.collectedOr(LocalDate.of(2025, 10, 7)));
    }

    @Test
    void withoutCollectedTheSourceCountsAsReadOnThePublicationDay() throws IOException {
        var loaded = load("---\ntitle: T\ndate: 2025-10-07\nsource:\n  url: \"https://j.example/a\"\n---\nTexte.\n");
        var article = loaded.dossier().articles().get(0);
        assertEquals(article.date(), article.source().collectedOr(article.date()));
    }

    @Test
    void badCollectedDateIsReportedAtItsLineWithTheIsoForm() throws IOException {
        var loaded = load("---\ntitle: T\ndate: 2025-10-07\nsource:\n  name: J\n  collected: 09/10/2025\n---\nTexte.\n");
        assertEquals(List.of("content/articles/a.md:6: collected \"09/10/2025\" is not a date (use 2025-10-09)"),
                loaded.problems().stream().map(Problem::format).toList());
    }

    private Loaded load(String article) throws IOException {
        var content = Files.createDirectories(temp.resolve("content/articles")).getParent();
        Files.writeString(content.resolve("dossier.yaml"), "title: D\nbaseUrl: https://example.org/\n");
        Files.writeString(content.resolve("articles/a.md"), article);
        return new ContentLoader(temp).load(content, new BuildOptions(false, false, null));
    }
}
