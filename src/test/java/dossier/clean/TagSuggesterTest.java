package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Slug;
import dossier.model.Tag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagSuggesterTest {

    private static final List<Tag> VOCABULARY = List.of(
            new Tag(new Slug("russie"), "Russie", "", List.of("Fédération de Russie", "Moscou", "Kremlin")),
            new Tag(new Slug("togo"), "Togo", "", List.of("Lomé")),
            new Tag(new Slug("securite"), "Sécurité", "", List.of("terrorisme", "jihadistes")),
            new Tag(new Slug("burkina-faso"), "Burkina Faso", "", List.of()),
            new Tag(new Slug("cote-d-ivoire"), "Côte d’Ivoire", "", List.of()));

    private final TagSuggester suggester = new TagSuggester(VOCABULARY);

    private List<String> suggest(String text) {
        return suggester.suggest(text).stream().map(Slug::value).toList();
    }

    @Test
    void labelsAndAliasesMatchWhateverTheCaseAndAccents() {
        assertEquals(List.of("securite", "togo"), suggest("LA SECURITE à LOMÉ"));
        assertEquals(List.of("cote-d-ivoire"), suggest("en cote d'ivoire"));
    }

    @Test
    void mostMentionedTagsComeFirst() {
        assertEquals(List.of("russie", "togo"),
                suggest("Le Togo et la Fédération de Russie. Moscou et le Kremlin saluent l’accord."));
    }

    @Test
    void tiedTagsComeInOrderOfFirstMention() {
        assertEquals(List.of("togo", "russie"), suggest("Lomé accueille Moscou."));
    }

    @Test
    void aLongerAliasCountsOnceNotAlsoAsTheShorterName() {
        assertEquals(List.of("russie"), suggest("la Fédération de Russie"));
        assertEquals(1, suggester.suggest("la Fédération de Russie").size());
    }

    @Test
    void namesMatchOnlyAsWholeWords() {
        assertEquals(List.of(), suggest("Les Togolais et les Russes, des moscoutaires."));
        assertEquals(List.of("togo", "russie"), suggest("Le partenariat Togo-Russie."));
    }

    @Test
    void spacesAndDashesInNamesMatchEachOther() {
        assertEquals(List.of("burkina-faso"), suggest("Au Burkina-Faso voisin."));
    }

    @Test
    void aCleanArticleIsReadTitleAndBody() {
        var article = new Cleaner(Rules.defaults()).clean(Path.of("a.txt"),
                "Le Kremlin reçoit Lomé\nLes jihadistes menacent le nord du Togo.\n");
        assertEquals(List.of("togo", "russie", "securite"), suggester.suggest(article).stream().map(Slug::value).toList());
    }
}
