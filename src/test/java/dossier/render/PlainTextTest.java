package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void markupIsLeftOutAndWordsKept() {
        var markdown = """
                ## Sécurité régionale

                **Désormais,** le [ministre](https://example.org/x) parle \\*vraiment\\*.

                > « Une citation »

                - un point
                | Indicateur | 2024 |
                |---|---|
                | Budget | 12 |
                """;

        assertEquals("Sécurité régionale Désormais, le ministre parle *vraiment*. « Une citation » un point"
                + " Indicateur 2024 Budget 12", PlainText.of(markdown));
    }
}
