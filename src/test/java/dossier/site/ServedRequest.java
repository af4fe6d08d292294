package dossier.site;

/**
 * One request the {@link StaticServer} answered.
 *
 * @param method the HTTP method, {@code GET} or {@code HEAD} for a browser
 * @param path   the decoded URL path asked for, e.g. {@code /dossier/articles/x/}
 * @param status the status sent back: 200, 301 for a folder without its slash, 404, 405
 */
public record ServedRequest(String method, String path, int status) {
}
