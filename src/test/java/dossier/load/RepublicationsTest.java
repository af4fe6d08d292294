package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.Article;
import dossier.model.Problem;
import dossier.model.Slug;
import dossier.model.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepublicationsTest {

    private static final String STORY = """
            La Douma d’État de la Fédération de Russie a ratifié un accord intergouvernemental de coopération
            militaire avec la République togolaise lors d’une séance plénière. Selon le site officiel de la
            Douma, l’accord définit les principaux domaines et modalités du partenariat militaire, notamment
            les procédures de financement conjoint, les échanges militaires et la protection des informations
            confidentielles. L’accord avait été signé à Lomé le 27 mars et à Moscou le 3 avril.
            """;
    private static final String OTHER = """
            Le Président du Conseil, Faure Gnassingbé, sera au Kremlin pour un entretien stratégique avec le
            président russe Vladimir Poutine. Cette rencontre vise à donner un nouvel élan aux relations entre
            le Togo et la Russie, et à la formation des étudiants togolais dans les universités russes.
            """;

    private static Article article(String file, String date, String body, boolean draft) {
        var name = file.replaceFirst("\\.[a-z]+$", "");
        return new Article(new Slug(name), Path.of("content/articles/" + file), name, LocalDate.parse(date), null,
                new Source(name.toUpperCase(), ""), "", List.of(), "", List.of(), List.of(), draft, body, 1);
    }

    @Test
    void theEarliestCopyIsKeptAndEveryOtherPointsToIt() {
        var problems = new ArrayList<Problem>();
        var copies = Republications.find(List.of(
                article("reprise.md", "2025-10-09", "Notre rédaction revient sur le vote. " + STORY, false),
                article("original.txt", "2025-10-07", STORY, false),
                article("autre.md", "2025-10-08", OTHER, false),
                article("troisieme.md", "2025-10-12", STORY + " Fin.", false)), false, problems);
        assertEquals(Map.of(new Slug("reprise"), new Slug("original"), new Slug("troisieme"), new Slug("original")), copies);
        assertEquals(List.of("content/articles/reprise.md", "content/articles/troisieme.md"),
                problems.stream().map(p -> p.file().toString()).sorted().toList());
    }

    @Test
    void onTheSameDayTheEditedMarkdownIsKeptBeforeTheRawText() {
        var copies = Republications.find(List.of(article("a-brut.txt", "2025-10-07", STORY, false),
                article("b-edite.md", "2025-10-07", STORY, false)), false, new ArrayList<>());
        assertEquals(Map.of(new Slug("a-brut"), new Slug("b-edite")), copies);
    }

    @Test
    void aDraftLeftOutOfTheBuildIsNobodysCopy() {
        var articles = List.of(article("original.md", "2025-10-07", STORY, false),
                article("brouillon.md", "2025-10-08", STORY, true));
        assertEquals(Map.of(), Republications.find(articles, false, new ArrayList<>()));
        assertEquals(Map.of(new Slug("brouillon"), new Slug("original")),
                Republications.find(articles, true, new ArrayList<>()));
    }
}
