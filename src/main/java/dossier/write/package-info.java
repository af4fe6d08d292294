/**
 * Puts rendered files into {@code site/}: a temporary folder first, then a swap, so a failed or
 * killed build never leaves a half-written site. Imports {@code render}'s output records only.
 */
package dossier.write;
