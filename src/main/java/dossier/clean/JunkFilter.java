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
     * The lines left (blank ones included, as paragraph breaks), the lines removed, the byline
     * lines (for their dates), and the author and outlet they name ("" when none).
     */
    record Filtered(List<Line> kept, List<RemovedLine> removed, List<Line> bylines, String author, String outlet) {
    }

    private record Match(Rule rule, Matcher matcher, String text) {
    }

    private final Rules rules;

    JunkFilter(Rules rules) {
        this.rules = rules;
    }

    Filtered filter(List<Line> lines) {
        var pass = new Pass(lines);
        int i = 0;
        while (i < lines.size()) {
            i = pass.take(i);
        }
        return new Filtered(pass.kept, pass.removed, pass.bylines, pass.author, pass.outlet);
    }

    /** One run over a file's lines, with what it has found so far. */
    private final class Pass {
        private final List<Line> lines;
        private final List<Line> kept = new ArrayList<>();
        private final List<RemovedLine> removed = new ArrayList<>();
        private final List<Line> bylines = new ArrayList<>();
        private String author = "";
        private String outlet = "";
        /** Set once a line of article text is kept: a comment marker before it cannot cut the article. */
        private boolean articleStarted;
        /** The name of the links rule whose link titles are being removed, or null. */
        private String links;

        Pass(List<Line> lines) {
            this.lines = lines;
        }

        /** Handles the line at {@code i}; returns the index of the next line to handle. */
        int take(int i) {
            var line = lines.get(i);
            if (line.isBlank()) {
                kept.add(line);
                links = null;
                return i + 1;
            }
            if (links != null && Shape.titleLike(line.text(), rules.limits().headlineChars())
                    && !Shape.endsSentence(line.text())) {
                remove(line, links);
                return i + 1;
            }
            links = null;
            int next = nextNonBlank(i);
            var match = match(line, next < 0 ? null : lines.get(next));
            if (match == null) {
                kept.add(line);
                articleStarted |= Shape.bodyLike(line.text(), rules.limits().headlineChars());
                return i + 1;
            }
            var rule = match.rule();
            remove(line, rule.name());
            return switch (rule.kind()) {
                case DROP -> i + 1;
                case LINKS -> {
                    links = rule.name();
                    yield i + 1;
                }
                case CUT -> articleStarted ? cut(i + 1, rule.name()) : i + 1;
                case BYLINE -> byline(i, next, match);
            };
        }

        private int cut(int from, String name) {
            lines.subList(from, lines.size()).stream().filter(l -> !l.isBlank()).forEach(l -> remove(l, name));
            return lines.size();
        }

        private int byline(int i, int next, Match match) {
            bylines.add(lines.get(i));
            if (match.rule().twoLines()) {
                remove(lines.get(next), match.rule().name());
                bylines.add(lines.get(next));
            }
            author = author.isEmpty() ? group(match, "author") : author;
            outlet = outlet.isEmpty() ? group(match, "outlet") : outlet;
            return match.rule().twoLines() ? next + 1 : i + 1;
        }

        private void remove(Line line, String rule) {
            removed.add(new RemovedLine(line.number(), line.text(), rule));
        }

        private int nextNonBlank(int from) {
            for (int j = from + 1; j < lines.size(); j++) {
                if (!lines.get(j).isBlank()) {
                    return j;
                }
            }
            return -1;
        }
    }

    private Match match(Line line, Line next) {
        var one = Accents.strip(line.text());
        int words = line.words();
        String joined = null;
        for (var rule : rules.rules()) {
            if (rule.twoLines() && next == null) {
                continue;
            }
            if (rule.twoLines() && joined == null) {
                joined = line.text() + "\n" + next.text();
            }
            var matcher = rule.twoLines() ? rule.match(Accents.strip(joined), words + next.words())
                    : rule.match(one, words);
            if (matcher != null) {
                return new Match(rule, matcher, rule.twoLines() ? joined : line.text());
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
}
