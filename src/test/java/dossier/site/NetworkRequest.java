package dossier.site;

/**
 * A request a page made.
 *
 * @param url    the full URL asked for
 * @param method {@code GET} for nearly everything a static site asks
 * @param type   the browser's resource type: {@code Document}, {@code Stylesheet},
 *               {@code Script}, {@code Image}, {@code Font}, {@code Fetch}…
 */
public record NetworkRequest(String url, String method, String type) {
}
