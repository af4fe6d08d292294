package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void accentedTextGetsAsciiSlug() {
        assertEquals("securite-regionale", Slug.of("Sécurité régionale").value());
    }

    @Test
    void ligaturesAndApostrophesAreSpelledOut() {
        assertEquals("coeur-de-l-afrique-de-l-ouest", Slug.of("Cœur de l’Afrique de l'Ouest").value());
    }

    @Test
    void punctuationRunsBecomeOneDash() {
        assertEquals("togo-russie-un-pacte", Slug.of("  Togo–Russie : un pacte !  ").value());
    }

    @Test
    void textWithoutLettersHasNoSlug() {
        assertNull(Slug.of("« — »"));
    }

    @Test
    void invalidSlugIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Slug("Bad Slug"));
        assertThrows(IllegalArgumentException.class, () -> new Slug("../etc"));
    }
}
