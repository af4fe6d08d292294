/**
 * Puts rendered files into {@code site/}: new and changed files into a temporary folder first, moved
 * into the site only once the build has succeeded, so a failed or killed build never leaves a
 * half-written site. Imports {@code render}'s output records only.
 */
package dossier.write;
