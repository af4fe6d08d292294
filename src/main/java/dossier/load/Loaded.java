package dossier.load;

import dossier.model.Dossier;
import dossier.model.Problem;
import java.util.List;

/**
 * What loading gave: the dossier (usable only when no problem is an error), every problem found,
 * and the raw {@code .txt} articles cleaned on the way (by file), for the report of what was inferred.
 */
public record Loaded(Dossier dossier, List<Problem> problems, List<RawArticle> cleaned) {

    public Loaded {
        problems = problems.stream().sorted(Problem.BY_PLACE).toList();
        cleaned = cleaned.stream()
                .sorted(java.util.Comparator.comparing((RawArticle r) -> r.file().toString().replace('\\', '/')))
                .toList();
    }

    public Loaded(Dossier dossier, List<Problem> problems) {
        this(dossier, problems, List.of());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
