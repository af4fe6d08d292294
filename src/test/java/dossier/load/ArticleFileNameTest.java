package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A file name loses its last extension as the pattern {@code \.[^.]+$} took it off. */
class ArticleFileNameTest {

    @Property(tries = 2000)
    void nameWithoutExtensionIsThePatternsOne(@ForAll("names") String name) {
        assertEquals(name.replaceFirst("\\.[^.]+$", ""), ArticleFile.withoutExtension(name), name);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("a", "2025-10-07-accord", ".", "..", "md", "é", "\n", " ", "-", "x.y")
                .list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }
}
