package dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    private static final String STORY = """
            La Douma d’État de la Fédération de Russie a ratifié un accord intergouvernemental de coopération
            militaire avec la République togolaise lors d’une séance plénière. Selon le site officiel de la
            Douma, l’accord définit les principaux domaines et modalités du partenariat militaire, notamment
            les procédures de financement conjoint, les échanges militaires et la protection des informations
            confidentielles. Il couvre aussi les soins médicaux du personnel et la juridiction applicable.
            L’accord avait été signé à Lomé le 27 mars et à Moscou le 3 avril, avant d’être soumis à la Douma.
            """;
    private static final String OTHER_STORY = """
            Le Président du Conseil, Faure Gnassingbé, sera au Kremlin pour un entretien stratégique avec le
            président russe Vladimir Poutine. Cette rencontre vise à donner un nouvel élan aux relations entre
            le Togo et la Russie. Les deux dirigeants aborderont les questions de paix, de sécurité et de
            développement, ainsi que la formation des étudiants togolais dans les universités russes.
            """;

    private final NearDuplicates duplicates = new NearDuplicates();

    @Test
    void aRepublishedStoryWithADifferentIntroIsFound() {
        var republished = "Lomé franchit un cap. Notre rédaction revient sur un vote attendu depuis des mois à Moscou."
                + " Les députés russes ont tranché. " + STORY.replace("Selon le site officiel", "D'après le site officiel");
        var pairs = duplicates.find(List.of(
                new NearDuplicates.Document("original", STORY),
                new NearDuplicates.Document("other", OTHER_STORY),
                new NearDuplicates.Document("republished", republished)));
        assertEquals(1, pairs.size());
        assertEquals("original", pairs.get(0).first());
        assertEquals("republished", pairs.get(0).second());
        assertTrue(pairs.get(0).containment() >= 0.9, "containment " + pairs.get(0).containment());
    }

    @Test
    void twoDifferentStoriesOnTheSameSubjectAreNotDuplicates() {
        assertEquals(List.of(), duplicates.find(List.of(
                new NearDuplicates.Document("a", STORY), new NearDuplicates.Document("b", OTHER_STORY))));
    }

    @Test
    void caseAccentsAndPunctuationDoNotHideACopy() {
        var shouted = STORY.toUpperCase().replace("É", "E").replace(",", " ;");
        var pairs = duplicates.find(List.of(
                new NearDuplicates.Document("a", STORY), new NearDuplicates.Document("b", shouted)));
        assertEquals(1.0, pairs.get(0).containment());
    }

    @Test
    void textsTooShortToShareEnoughShinglesAreNeverPaired() {
        assertEquals(List.of(), duplicates.find(List.of(
                new NearDuplicates.Document("a", "Le Togo signe."), new NearDuplicates.Document("b", "Le Togo signe."))));
    }

    @Test
    void tenThousandArticlesAreComparedWithoutComparingEveryPair() {
        var random = new Random(7);
        var words = IntStream.range(0, 3000).mapToObj(i -> "mot" + Integer.toString(i, 36)).toList();
        var documents = new ArrayList<NearDuplicates.Document>();
        for (int i = 0; i < 10_000; i++) {
            var text = IntStream.range(0, 180).mapToObj(w -> words.get(random.nextInt(words.size())))
                    .collect(Collectors.joining(" "));
            documents.add(new NearDuplicates.Document("a" + i, text));
        }
        for (int i = 0; i < 5; i++) {
            var copy = "un chapeau neuf pour la reprise " + documents.get(i * 1000).text();
            documents.add(new NearDuplicates.Document("copy" + i, copy));
        }
        var pairs = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> duplicates.find(documents));
        assertEquals(List.of("a0", "a1000", "a2000", "a3000", "a4000"),
                pairs.stream().map(DuplicatePair::first).sorted().toList());
    }

    @Test
    void countStoppedShortOnlyForPairsThatCannotReachTheThreshold() {
        var random = new Random(9);
        for (int n = 0; n < 2000; n++) {
            long[] a = random.longs(random.nextInt(400), 0, 600).sorted().distinct().toArray();
            long[] b = random.longs(random.nextInt(400), 0, 600).sorted().distinct().toArray();
            int exact = ShingleIndex.intersection(a, b);
            int enough = random.nextInt(300);
            int counted = ShingleIndex.intersection(a, b, enough);
            assertTrue(exact >= enough ? counted == exact : counted < enough, () -> exact + " " + counted + " " + enough);
        }
    }

    @Test
    void fewestSharedShinglesIsTheSmallestCountThatPasses() {
        var finder = new NearDuplicates();
        for (int shorter = 1; shorter < 3000; shorter++) {
            int smallest = 0;
            while (smallest < 8 || (double) smallest / shorter < 0.6) {
                smallest++;
            }
            assertEquals(smallest, finder.needed(shorter), "shorter " + shorter);
        }
    }
}
