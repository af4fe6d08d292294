package dossier.model;

/** How bad a content problem is: an error stops the build, a warning does not. */
public enum Severity {
    ERROR,
    WARNING
}
