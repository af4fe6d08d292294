package dossier.clean;

/**
 * A line the cleaner took out, with the rule that took it (a rule name of the rules file, or one
 * of the layout rules: {@code footer}, {@code navigation}, {@code repeated-headline}).
 */
public record RemovedLine(int line, String text, String rule) {
}
