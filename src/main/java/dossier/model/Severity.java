package dossier.model;

/**
 * How bad a content problem is: an error stops the build, a warning does not, and a note only
 * tells the editor of something they may act on (a date in the text that is no event yet).
 */
public enum Severity {
    ERROR,
    WARNING,
    NOTE
}
