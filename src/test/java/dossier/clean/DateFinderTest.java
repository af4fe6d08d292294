package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    private final DateFinder finder = new DateFinder(Vocabulary.defaults());

    private String found(String text) {
        return finder.find(text).stream()
                .map(m -> m.year() + "-" + m.month() + "-" + m.day() + " <" + m.phrase() + ">" + (m.today() ? " today" : ""))
                .reduce((a, b) -> a + " | " + b).orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Le mardi 7 octobre 2025, la Douma a ratifié l'accord.        ; 2025-10-7 <Le mardi 7 octobre 2025>
            Il sera ce mercredi 19 novembre 2025 au Kremlin.             ; 2025-11-19 <ce mercredi 19 novembre 2025> today
            L'accord a été signé à Lomé le 27 mars.                      ; 0-3-27 <le 27 mars>
            La commission s'est réunie le 1er août 2025 à Lomé.          ; 2025-8-1 <le 1er août 2025>
            Published Oct. 7, 2025 at 10:32.                             ; 2025-10-7 <Oct. 7, 2025>
            The Duma voted on October 7, 2025.                           ; 2025-10-7 <on October 7, 2025>
            Lavrov spoke on Tuesday, 7 Oct 2025.                         ; 2025-10-7 <on Tuesday, 7 Oct 2025>
            Mis en ligne : 2025-10-07.                                   ; 2025-10-7 <2025-10-07>
            Publié le 07/10/2025 à 10:32.                                ; 2025-10-7 <07/10/2025>
            En octobre 2025, Moscou a validé un accord-cadre.            ; 2025-10-0 <En octobre 2025>
            Le texte a été soumis à la Douma en août.                    ; 0-8-0 <en août>
            Une dynamique amorcée dès 2018 et relancée en 2026.          ; 2018-0-0 <dès 2018> | 2026-0-0 <en 2026>
            LE 3 AVRIL 2025, À MOSCOU.                                   ; 2025-4-3 <LE 3 AVRIL 2025>
            """)
    void findsEachFormOfDate(String text, String expected) {
        assertEquals(expected, found(text));
    }

    @Test
    void numbersThatAreNotDatesAreLeftAlone() {
        assertEquals("", found("Pour l'année académique 2024-2025, 86 jeunes Togolais et 4 Go à 1500 F."));
        assertEquals("", found("Le 31 juin 2025 n'existe pas, ni le 30 février."));
        assertEquals("", found("La version 2.10.2025 du logiciel, mardi soir."));
    }

    @Test
    void monthNamesInsideOtherWordsAreNotMonths() {
        assertEquals("", found("Les 12 maisons de Marseille et 3 mardis gras."));
    }

    @Test
    void datesAreFoundInOrderOfTheText() {
        var mentions = finder.find("Signé le 27 mars et le 3 avril, ratifié le 7 octobre 2025.");
        assertEquals(List.of("le 27 mars", "le 3 avril", "le 7 octobre 2025"),
                mentions.stream().map(DateMention::phrase).toList());
    }
}
