package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private final Sentences sentences = new Sentences(Vocabulary.defaults());

    private List<String> split(String text) {
        return sentences.split(text).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void splitsAfterFullStopsQuestionsAndExclamations() {
        assertEquals(List.of("Le Togo signe.", "La Russie ratifie ?", "Oui !", "Enfin"),
                split("Le Togo signe. La Russie ratifie ? Oui ! Enfin"));
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertEquals(List.of("M. Poutine a reçu J. Dupont le 7 oct. 2025 à Moscou.", "Dr. Mensah était là."),
                split("M. Poutine a reçu J. Dupont le 7 oct. 2025 à Moscou. Dr. Mensah était là."));
        assertEquals(List.of("The vote took place on Oct. 7, 2025 in Moscow."),
                split("The vote took place on Oct. 7, 2025 in Moscow."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("Il a dit « merci ».", "« La sécurité est importante. »", "Puis il est parti."),
                split("Il a dit « merci ». « La sécurité est importante. » Puis il est parti."));
    }

    @Test
    void numbersAndAddressesAreNotSentenceEnds() {
        assertEquals(List.of("Le site koaci.com cite 3.5 millions de francs… environ."),
                split("Le site koaci.com cite 3.5 millions de francs… environ."));
    }

    @Test
    void sentencesKnowWhereTheyStart() {
        var found = sentences.split("Un. Deux.");
        assertEquals(4, found.get(1).start());
    }
}
