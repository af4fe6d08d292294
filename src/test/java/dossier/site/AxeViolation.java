package dossier.site;

import java.util.List;

/**
 * One axe-core rule a page breaks.
 *
 * @param id      the rule, e.g. {@code image-alt}; its page is dequeuniversity.com/rules/axe/
 * @param impact  {@code minor}, {@code moderate}, {@code serious} or {@code critical}
 * @param help    what the rule asks, in one sentence
 * @param targets a CSS selector for each element that breaks it
 */
public record AxeViolation(String id, String impact, String help, List<String> targets) {

    public AxeViolation {
        targets = List.copyOf(targets);
    }

    @Override
    public String toString() {
        return id + " (" + impact + "): " + help + " " + targets;
    }
}
