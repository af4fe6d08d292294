package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void accentsCaseAndPunctuationDoNotChangeTheWords() {
        assertArrayEquals(Words.hashes("la Fédération de Russie"), Words.hashes("LA FEDERATION, de « Russie »"));
    }

    @Test
    void aDecomposedAccentIsPartOfItsLetter() {
        assertArrayEquals(Words.hashes("Fédération"), Words.hashes("Fe\u0301de\u0301ration"));
    }

    @Test
    void everyWordIsCountedOnceAndApostrophesSeparate() {
        assertEquals(5, Words.hashes("  l’accord d'État,  2025 ").length);
        assertNotEquals(Words.hashes("ab c")[0], Words.hashes("a bc")[0]);
    }
}
