package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bylines name the author and the outlet, then leave the article; a sentence that only looks like one stays. */
class BylineTest {

    private static final String BODY = "Le Togo et la Russie ont signé un accord de coopération militaire à Lomé.\n";
    private final Cleaner cleaner = new Cleaner(Rules.defaults());

    private CleanArticle clean(String text) {
        return cleaner.clean(Path.of("a.txt"), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Par Jean Dupont                                       ; Jean Dupont                 ;
            By John Smith                                         ; John Smith                  ;
            By Jane Doe, Reuters                                  ; Jane Doe                    ; Reuters
            Par Jean Dupont | AFP                                 ; Jean Dupont                 ; AFP
            Par Jean de La Fontaine - Le Monde Afrique            ; Jean de La Fontaine         ; Le Monde Afrique
            By Ama Mensah and Peter Okafor                        ; Ama Mensah and Peter Okafor ;
            Par Afi Mensah, à Lomé                                ; Afi Mensah                  ;
            By Peter Okafor in Abuja | Reuters                    ; Peter Okafor                ; Reuters
            Par Jean Dupont, le 7 octobre 2025 à 10h32            ; Jean Dupont                 ;
            Ama Kouassi, envoyée spéciale de Fraternité Matin à Moscou ; Ama Kouassi            ; Fraternité Matin
            Source : KOACI                                        ;                             ; KOACI
            Posted on October 8, 2025 by Kwame Asante             ; Kwame Asante                ;
            Par la rédaction                                      ;                             ;
            """)
    void bylineGivesAuthorAndOutletAndLeavesTheBody(String byline, String author, String outlet) {
        var article = clean("Un titre sur la coopération\n" + byline + "\n" + BODY);
        assertEquals(author == null ? "" : author, article.author());
        assertEquals(outlet == null ? "" : outlet, article.outlet());
        assertEquals(List.of(BODY.strip()), article.paragraphs());
        assertEquals(List.of(byline), article.removed().stream().map(RemovedLine::text).toList());
    }

    @Test
    void correspondentOnTheLineAfterTheNameGivesAuthorAndOutlet() {
        var article = clean(BODY + "Mensah,\nCorrespondant permanent de KOACI au Ghana, Togo et Nigeria\n");
        assertEquals("Mensah", article.author());
        assertEquals("KOACI", article.outlet());
        assertEquals(List.of(2, 3), article.removed().stream().map(RemovedLine::line).toList());
    }

    @Test
    void aSentenceOpeningWithParIsNotAByline() {
        var text = "Un titre\nPar ailleurs, le gouvernement a confirmé la visite.\n" + BODY;
        var article = clean(text);
        assertEquals("", article.author());
        assertEquals(List.of(), article.removed());
    }

    @Test
    void aSentenceShapedLikeABylineStaysInTheArticle() {
        var text = "Un titre\nBy Sunday, Moscow had agreed.\nJean Dupont, journaliste, a travaillé pour Le Monde.\n"
                + "Publié le 3 mars 2025, le rapport souligne les progrès.\nÉcrivez à contact@gouv.tg pour en savoir plus.\n";
        var article = clean(text);
        assertEquals(List.of(), article.removed());
        assertEquals("", article.author());
    }

    @Test
    void theFirstBylineWinsWhenThereAreSeveral() {
        var article = clean("Un titre\nPar Jean Dupont | AFP\n" + BODY + "By John Smith, Reuters\n");
        assertEquals("Jean Dupont", article.author());
        assertEquals("AFP", article.outlet());
    }
}
