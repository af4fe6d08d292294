package dossier.load;

import dossier.model.Article;
import dossier.model.Problem;
import java.util.List;

/**
 * One article file as loading found it: the article ({@code null} when it could not be read) and
 * the file's own problems. Kept so a later load can take the files that did not change as they were.
 */
public record LoadedFile(Article article, List<Problem> problems) {

    public LoadedFile {
        problems = List.copyOf(problems);
    }
}
