package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void errorReadsFileLineMessageAndHint() {
        var problem = Problem.error(Path.of("content/articles/x.md"), 12, "date \"31/02/2025\" is not a date", "use 2025-02-28");
        assertEquals("content/articles/x.md:12: date \"31/02/2025\" is not a date (use 2025-02-28)", problem.format());
    }

    @Test
    void warningSaysSo() {
        var problem = Problem.warning(Path.of("content/articles/x.md"), 3, "no summary, the first paragraph is used", "");
        assertEquals("content/articles/x.md:3: warning: no summary, the first paragraph is used", problem.format());
    }
}
