package dossier.load;

import dossier.model.Dossier;
import dossier.model.Problem;
import java.util.List;

/** What loading gave: the dossier (usable only when no problem is an error) and every problem found. */
public record Loaded(Dossier dossier, List<Problem> problems) {

    public Loaded {
        problems = problems.stream().sorted(Problem.BY_PLACE).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
