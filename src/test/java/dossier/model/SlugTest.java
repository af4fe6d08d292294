package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
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

    @Test
    void foldTableGivesTheNormalizersFoldOverEveryLatinAndPunctuationChar() {
        var all = new StringBuilder();
        for (char c = 0; c < 0x250; c++) {
            all.append(c);
        }
        for (char c = 0x2000; c < 0x2070; c++) {
            all.append(c);
        }
        for (int i = 0; i < all.length(); i++) {
            var one = String.valueOf(all.charAt(i));
            assertEquals(Slug.foldByNormalizer(one), Slug.fold(one), () -> "U+" + Integer.toHexString(one.charAt(0)));
        }
        assertEquals(Slug.foldByNormalizer(all.toString()), Slug.fold(all.toString()));
    }

    @Test
    void foldTableGivesTheNormalizersFoldOverMixedTexts() {
        var random = new Random(7);
        // Latin and punctuation from the table, and marks, Greek and emoji halves that are not in it
        var alphabet = "aZ -'’éÉèçÇœŒæßÿĲŁőǅȘ«»–—… \u202F\u00A0e\u0301ΣσαİıﬁŉǄ\uD83D\uDE00";
        for (int n = 0; n < 5000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(Slug.foldByNormalizer(text.toString()), Slug.fold(text.toString()), text::toString);
        }
    }

    @Test
    void slugOfAnyTextMatchesTheDashPattern() {
        var valid = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        var random = new Random(11);
        var alphabet = "ab9-- _É’.e\u0301Σœ";
        for (int n = 0; n < 5000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var candidate = text.toString();
            assertEquals(valid.matcher(candidate).matches(), Slug.isValid(candidate), candidate);
            var folded = Slug.fold(candidate).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            var slug = Slug.of(candidate);
            assertEquals(folded, slug == null ? "" : slug.value(), candidate);
        }
        assertTrue(Slug.isValid("a-1"));
        assertFalse(Slug.isValid("a--1"));
    }

    @Test
    void wordsOfLongTextsWithManyLetterFoldsAreTheFoldedRunsJoined() {
        var random = new Random(13);
        var alphabet = "aZ9 -’œŒßĲǄ«»…\u202Fe\u0301";
        for (int n = 0; n < 2000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var candidate = text.toString();
            var runs = Slug.fold(candidate).replaceAll("[^a-z0-9]+", " ").strip();
            assertEquals(runs, Slug.words(candidate, ' '), candidate);
        }
    }
}
