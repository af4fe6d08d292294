package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void tagNamedTwiceIsCarriedOnceInTheOrderFirstNamed() {
        var tags = List.of(new Slug("togo"), new Slug("russie"), new Slug("togo"));
        var article = new Article(new Slug("a"), Path.of("content/articles/a.md"), "A", LocalDate.parse("2025-10-07"),
                null, Source.UNKNOWN, "", tags, "", List.of(), List.of(), false, "Texte.", 1);
        assertEquals(List.of(new Slug("togo"), new Slug("russie")), article.tags());
    }
}
