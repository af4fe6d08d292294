package dossier.model;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One content problem at a place in a file, printed as {@code file:line: message (hint)}.
 *
 * <p>{@code line} is 1-based; 0 means the problem concerns the whole file.
 */
public record Problem(Path file, int line, Severity severity, String message, String hint) {

    /** Sorts problems by file, then line, as the command line prints them. */
    public static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> p.file().toString().replace('\\', '/'))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more: " + line);
        }
    }

    public static Problem error(Path file, int line, String message, String hint) {
        return new Problem(file, line, Severity.ERROR, message, hint);
    }

    public static Problem warning(Path file, int line, String message, String hint) {
        return new Problem(file, line, Severity.WARNING, message, hint);
    }

    public static Problem note(Path file, int line, String message, String hint) {
        return new Problem(file, line, Severity.NOTE, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form, with the file path as given (callers pass it relative to the project). */
    public String format() {
        var place = file.toString().replace('\\', '/') + (line > 0 ? ":" + line : "");
        var kind = switch (severity) {
            case ERROR -> "";
            case WARNING -> "warning: ";
            case NOTE -> "note: ";
        };
        var tail = hint.isEmpty() ? "" : " (" + hint + ")";
        return place + ": " + kind + message + tail;
    }
}
