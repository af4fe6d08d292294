package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventCandidatesTest {

    private final EventCandidates candidates = new EventCandidates(Vocabulary.defaults());

    @Test
    void datesOfAMarkdownBodyComeWithTheirSentenceAndFileLine() {
        var body = """
                L'accord a été signé à Lomé le 27 mars 2025. Il a été
                ratifié le 7 octobre.

                ## Le 3 avril 2024

                ```
                le 1er mai 2023
                ```

                Des bourses sont offertes dès 2018.
                """;
        var found = candidates.find(body, 12);
        assertEquals(List.of("2025-03-27 @12: L'accord a été signé à Lomé le 27 mars 2025.",
                "2025-10-07 @13: Il a été ratifié le 7 octobre.",
                "2018 @21: Des bourses sont offertes dès 2018."),
                found.stream().map(c -> c.date() + " @" + c.line() + ": " + c.sentence()).toList());
    }
}
