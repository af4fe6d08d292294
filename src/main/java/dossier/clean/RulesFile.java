package dossier.clean;

import dossier.model.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the text of a rules file (format in {@code default-rules.txt} and {@code docs/cleaning.md});
 * a bad line is a problem at its line and is skipped, the others still count.
 */
final class RulesFile {

    /** What one file says: its rules in order, the rule names it turns off, the limits it sets. */
    record Parsed(List<Rule> rules, Set<String> off, Map<String, Integer> limits) {
        Parsed {
            rules = List.copyOf(rules);
            off = Set.copyOf(off);
            limits = Map.copyOf(limits);
        }
    }

    private static final Pattern RULE = Pattern.compile("(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(.+)");
    private static final Pattern WORDS = Pattern.compile("\\*|[1-9]\\d{0,3}");
    private static final String KINDS = "drop, links, cut, byline, off or limit";

    private RulesFile() {
    }

    static Parsed parse(Path shown, String text, List<Problem> problems) {
        var rules = new ArrayList<Rule>();
        var off = new LinkedHashSet<String>();
        var limits = new LinkedHashMap<String, Integer>();
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            var fields = line.split("\\s+");
            switch (fields[0].toLowerCase(Locale.ROOT)) {
                case "off" -> {
                    if (fields.length == 2) {
                        off.add(fields[1]);
                    } else {
                        problems.add(Problem.error(shown, number, "`off` takes one rule name", "write `off related`"));
                    }
                }
                case "limit" -> limit(fields, shown, number, limits, problems);
                case "drop", "links", "cut", "byline" -> {
                    var rule = rule(line, shown, number, problems);
                    if (rule != null) {
                        rules.add(rule);
                    }
                }
                default -> problems.add(Problem.error(shown, number,
                        "unknown rule kind \"" + fields[0] + "\"", "start the line with " + KINDS));
            }
        }
        return new Parsed(rules, off, limits);
    }

    private static Rule rule(String line, Path shown, int number, List<Problem> problems) {
        var m = RULE.matcher(line);
        if (!m.matches()) {
            problems.add(Problem.error(shown, number, "a rule needs a kind, a name, a word limit and a pattern",
                    "write `drop promo 12 ^suivez-nous`"));
            return null;
        }
        if (!WORDS.matcher(m.group(3)).matches()) {
            problems.add(Problem.error(shown, number, "word limit \"" + m.group(3) + "\" is not a number",
                    "give the longest line the rule applies to, in words, or * for any length"));
            return null;
        }
        var kind = Rule.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        int maxWords = m.group(3).equals("*") ? Integer.MAX_VALUE : Integer.parseInt(m.group(3));
        try {
            return Rule.of(kind, m.group(2), maxWords, m.group(4));
        } catch (PatternSyntaxException e) {
            problems.add(Problem.error(shown, number, "pattern does not compile: " + e.getDescription()
                    + " near character " + e.getIndex(), "patterns are Java regular expressions"));
            return null;
        }
    }

    private static void limit(String[] fields, Path shown, int number, Map<String, Integer> limits,
            List<Problem> problems) {
        if (fields.length != 3 || !Limits.NAMES.contains(fields[1])) {
            problems.add(Problem.error(shown, number, "`limit` takes a name and a number",
                    "names: " + String.join(", ", Limits.NAMES)));
            return;
        }
        int floor = fields[1].equals("title-chars") ? 10 : 1;
        if (!fields[2].matches("\\d{1,4}") || Integer.parseInt(fields[2]) < floor) {
            problems.add(Problem.error(shown, number, "limit " + fields[1] + " must be a number from " + floor
                    + " to 9999", "write `limit " + fields[1] + " " + floor * 10 + "`"));
            return;
        }
        limits.put(fields[1], Integer.parseInt(fields[2]));
    }
}
