/**
 * Turns the model into pages as bytes: Markdown to HTML with French typography, Pebble views,
 * feeds, sitemap, search index. Imports {@code model} only; writes no file.
 */
package dossier.render;
