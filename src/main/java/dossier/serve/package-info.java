/**
 * The local preview: rebuilds the site in memory as content and templates change, serves it on
 * 127.0.0.1 and reloads open tabs. Sees every stage, as {@code cli} does; imports no {@code cli}.
 */
package dossier.serve;
