package dossier.clean;

import java.util.List;

/**
 * Site navigation copied along with an article: the menu or tag lines that end a page
 * ("Infos à la une / Communiqués / Côte d'Ivoire"), found by their shape since their words change
 * from site to site.
 */
final class Navigation {

    private Navigation() {
    }

    /**
     * Removes the run of menu-like lines ending {@code kept} (blank lines between them allowed)
     * when it holds at least {@code menuLines} lines; a single short last line may be the
     * article's own ending, so it stays.
     */
    static void trimFooter(List<Line> kept, List<RemovedLine> removed, Limits limits) {
        int start = kept.size();
        int count = 0;
        for (int i = kept.size() - 1; i >= 0; i--) {
            var line = kept.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (!Shape.menuLike(line.text(), limits.menuWords())) {
                break;
            }
            start = i;
            count++;
        }
        if (count < limits.menuLines()) {
            return;
        }
        var footer = kept.subList(start, kept.size());
        footer.stream().filter(line -> !line.isBlank())
                .forEach(line -> removed.add(new RemovedLine(line.number(), line.text(), "footer")));
        footer.clear();
    }
}
