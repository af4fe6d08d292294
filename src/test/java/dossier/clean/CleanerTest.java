package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.model.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {

    private static final Path FILE = Path.of("content/articles/x.txt");
    private final Cleaner cleaner = new Cleaner(Rules.defaults());

    private CleanArticle clean(String text) {
        return cleaner.clean(FILE, text);
    }

    @Test
    void emptyFileIsAnError() {
        var article = clean(" \n\n");
        assertEquals(List.of("content/articles/x.txt: file is empty (paste the article's text, or remove the file)"),
                article.problems().stream().map(Problem::format).toList());
        assertTrue(article.hasErrors());
        assertEquals("", article.markdown());
    }

    @Test
    void junkOnlyFileIsAnErrorCountingTheJunk() {
        var article = clean("\n\nPartager\nFacebook\n\nSuivez-nous sur Facebook\n");
        assertEquals("file has no article text after cleaning (3 lines removed as junk)",
                article.problems().get(0).message());
    }

    @Test
    void aHeadlineWithoutAnyTextIsAnErrorToo() {
        assertTrue(clean("Un titre sans article\n").hasErrors());
    }

    @Test
    void oddSpacesTabsAndZeroWidthCharactersBecomePlainSpaces() {
        var article = clean("Un titre\u00a0propre\n\tLe\u202fministre\u200b a dit\t« oui\u00a0» à l’accord.  \n");
        assertEquals("Un titre propre", article.title());
        assertEquals(List.of("Le ministre a dit « oui » à l’accord."), article.paragraphs());
    }

    @Test
    void carriageReturnsAndAByteOrderMarkLeftByAnotherReaderChangeNothing() {
        var text = "Un titre\n\nLe texte.\nPartager\n";
        var messy = "\ufeff" + text.replace("\n", "\r\n");
        assertEquals(clean(text), clean(messy));
    }

    @Test
    void missingHeadlineIsCutFromTheFirstSentenceWithAWarningAtItsLine() {
        var article = clean("\n\nLe Président du Conseil, Faure Gnassingbé, sera ce mercredi 19 novembre 2025 au Kremlin"
                + " pour un entretien stratégique avec le président russe.\n");
        assertEquals("Le Président du Conseil, Faure Gnassingbé, sera ce mercredi 19 novembre 2025 au Kremlin",
                article.title());
        assertTrue(article.titleInferred());
        assertEquals("content/articles/x.txt:3: warning: no headline: derived one from the first sentence (check the"
                + " title \"" + article.title() + "\", or put the headline on the first line)",
                article.problems().get(0).format());
    }

    @Test
    void derivedTitleNeverEndsOnALittleWordOrPunctuation() {
        assertEquals("Le Togo signe un accord", Headline.derive("Le Togo signe un accord de la", 28, Vocabulary.defaults().trailingWords()));
        assertEquals("Un accord court", Headline.derive("Un accord court.", 90, Vocabulary.defaults().trailingWords()));
        assertEquals("Togo, Russie", Headline.derive("Togo, Russie, et les autres pays", 14, Vocabulary.defaults().trailingWords()));
    }

    @Test
    void aRepeatedHeadlineIsKeptOnce() {
        var article = clean("Le pacte signé\n\nLE PACTE SIGNÉ\n\nLe texte est long et précis.\n\nLe pacte signé.\n");
        assertEquals("Le pacte signé", article.title());
        assertEquals(List.of("Le texte est long et précis."), article.paragraphs());
        assertEquals(List.of(3, 7), article.removed().stream().map(RemovedLine::line).toList());
    }

    @Test
    void aCommentMarkerBeforeTheArticleRemovesOnlyItself() {
        var article = clean("Un titre\n12 commentaires\nLe texte de l'article.\nLa suite du texte.\n");
        assertEquals(List.of("Le texte de l'article.", "La suite du texte."), article.paragraphs());
    }

    @Test
    void aCommentMarkerAfterTheArticleRemovesEverythingAfterIt() {
        var article = clean("Un titre\nLe texte de l'article.\n2 commentaires\nJean dit :\nTrès bon article.\n");
        assertEquals(List.of("Le texte de l'article."), article.paragraphs());
        assertEquals(List.of("comments", "comments", "comments"), article.removed().stream().map(RemovedLine::rule).toList());
    }

    @Test
    void aLinksHeadingTakesTheLinkTitlesUnderIt() {
        var article = clean("Un titre\nLe texte.\nÀ lire aussi\nTogo : un port sec à Lomé\nLa suite du texte.\n");
        assertEquals(List.of("Le texte.", "La suite du texte."), article.paragraphs());
    }

    @Test
    void shortLinesAtTheEndAreAFooterButASingleOneStays() {
        assertEquals(List.of("Le texte.", "Lomé"), clean("Un titre\nLe texte.\nLomé\n").paragraphs());
        assertEquals(List.of("Le texte."), clean("Un titre\nLe texte.\nTogo\nRussie\nTogo\n").paragraphs());
    }

    @Test
    void subheadingsBecomeMarkdownHeadings() {
        var article = clean("Un titre\nLe texte.\nUne suite attendue\nLa suite du texte, bien plus longue que le titre.\n");
        assertEquals(List.of("Le texte.", "## Une suite attendue", "La suite du texte, bien plus longue que le titre."),
                article.paragraphs());
        assertEquals("Le texte.\n\n## Une suite attendue\n\nLa suite du texte, bien plus longue que le titre.\n",
                article.markdown());
    }

    @Test
    void wrappedLinesOfAParagraphAreJoined() {
        var article = clean("Un titre\nLe texte commence ici et\ncontinue sur la ligne suivante.\n");
        assertEquals(List.of("Le texte commence ici et continue sur la ligne suivante."), article.paragraphs());
    }

    @Test
    void scrapedTextCannotInjectMarkup() {
        var article = clean("Un titre\n1. <script>alert(1)</script> et [lien](javascript:x) *gras*.\n# Vrai titre ?\n");
        var markdown = article.markdown();
        assertFalse(markdown.matches("(?s).*(?<!\\\\)<.*"), markdown);
        assertTrue(markdown.startsWith("1\\. \\<script>alert(1)\\</script> et \\[lien\\](javascript:x) \\*gras\\*."),
                markdown);
    }

    @Test
    void plainTextHoldsTitleAndBodyWithoutMarkup() {
        var article = clean("Un titre\nLe texte.\nUne suite attendue\nLa suite du texte, bien plus longue que le titre.\n");
        assertEquals("Un titre\nLe texte.\nUne suite attendue\nLa suite du texte, bien plus longue que le titre.",
                article.text());
    }
}
