package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Applies the junk rules line by line: drops junk, cuts trailing comment sections, and reads
 * bylines for the author, the outlet and the publication date they state.
 */
final class JunkFilter {

    /**
     * The lines left (blank ones included, as paragraph breaks), the lines removed, the text of
     * the byline lines (for their dates), and the author and outlet they name ("" when none).
     */
    record Filtered(List<Line> kept, List<RemovedLine> removed, List<Line> bylines, String author, String outlet) {
    }

    private final Rules rules;

    JunkFilter(Rules rules) {
        this.rules = rules;
    }

    Filtered filter(List<Line> lines) {
        var kept = new ArrayList<Line>();
        var removed = new ArrayList<RemovedLine>();
        var bylines = new ArrayList<Line>();
        var author = "";
        var outlet = "";
        boolean articleStarted = false;
        String linksRule = null;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isBlank()) {
                kept.add(line);
                linksRule = null;
                continue;
            }
            if (linksRule != null && Shape.titleLike(line.text(), rules.limits().headlineChars())
                    && !Shape.endsSentence(line.text())) {
                removed.add(removal(line, linksRule));
                continue;
            }
            linksRule = null;
            int next = nextNonBlank(lines, i);
            var match = match(line, next < 0 ? null : lines.get(next));
            if (match == null) {
                kept.add(line);
                articleStarted |= Shape.bodyLike(line.text(), rules.limits().headlineChars());
                continue;
            }
            var rule = match.rule();
            switch (rule.kind()) {
                case DROP -> removed.add(removal(line, rule.name()));
                case LINKS -> {
                    removed.add(removal(line, rule.name()));
                    linksRule = rule.name();
                }
                case CUT -> {
                    if (articleStarted) {
                        lines.subList(i, lines.size()).stream().filter(l -> !l.isBlank())
                                .forEach(l -> removed.add(removal(l, rule.name())));
                        return new Filtered(kept, removed, bylines, author, outlet);
                    }
                    removed.add(removal(line, rule.name()));
                }
                case BYLINE -> {
                    removed.add(removal(line, rule.name()));
                    bylines.add(line);
                    if (rule.twoLines()) {
                        removed.add(removal(lines.get(next), rule.name()));
                        bylines.add(lines.get(next));
                        i = next;
                    }
                    author = author.isEmpty() ? group(match, "author") : author;
                    outlet = outlet.isEmpty() ? group(match, "outlet") : outlet;
                }
            }
        }
        return new Filtered(kept, removed, bylines, author, outlet);
    }

    private record Match(Rule rule, Matcher matcher, String text) {
    }

    private Match match(Line line, Line next) {
        for (var rule : rules.rules()) {
            if (rule.twoLines() && next == null) {
                continue;
            }
            var text = rule.twoLines() ? line.text() + "\n" + next.text() : line.text();
            var matcher = rule.match(text);
            if (matcher != null) {
                return new Match(rule, matcher, text);
            }
        }
        return null;
    }

    /** A named group's text, cut from the original line so accents survive; "" when absent. */
    private static String group(Match match, String name) {
        if (!match.rule().hasGroup(name) || match.matcher().start(name) < 0) {
            return "";
        }
        var value = match.text().substring(match.matcher().start(name), match.matcher().end(name))
                .strip().replaceAll("[\\s,;:|–—-]+$", "");
        // "Par Jean Dupont - 07/10/2025" can leave a date where an outlet would be: no outlet then
        boolean plausible = value.codePoints().anyMatch(Character::isLetter) && !value.matches(".*\\d{4}.*");
        return plausible ? value : "";
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int j = from + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static RemovedLine removal(Line line, String rule) {
        return new RemovedLine(line.number(), line.text(), rule);
    }
}
