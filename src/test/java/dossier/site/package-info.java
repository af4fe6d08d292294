/**
 * Checks a built site as a reader's browser sees it: the Nu Html Checker, internal links,
 * and a headless Chromium driven over the DevTools protocol (console, network, axe-core).
 *
 * <p>Test-only: it may import any stage's public API but no stage imports it. The pieces are
 * meant to be combined by a site-level test, for example:
 * <pre>{@code
 * assertEquals(List.of(), HtmlValidator.validate(site));
 * assertEquals(List.of(), LinkCheck.check(site, "/dossier/"));   // the base URL's path
 * try (var server = StaticServer.start(site, "/dossier/"); var browser = Chromium.launch()) {
 *     var page = browser.open(server.url("index.html"));
 *     assertEquals(List.of(), page.consoleErrors());
 *     assertEquals(List.of(), page.externalRequests());
 *     assertEquals(List.of(), page.axe());
 * }
 * }</pre>
 */
package dossier.site;
