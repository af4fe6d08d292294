package dossier.site;

/**
 * An error a page showed in the browser's console.
 *
 * @param kind where it came from: {@code console.error}, {@code console.assert}, an uncaught
 *             {@code exception}, or a {@code log} entry of the browser itself (a failed load,
 *             a refused script)
 * @param text the message, e.g. {@code Uncaught Error: boom}
 * @param url  the script or resource it is about, when the browser says
 * @param line 1-based line in that script, or 0
 */
public record ConsoleError(String kind, String text, String url, int line) {

    @Override
    public String toString() {
        return kind + ": " + text + (url.isEmpty() ? "" : " (" + url + (line > 0 ? ":" + line : "") + ")");
    }
}
