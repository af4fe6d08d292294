/**
 * The dossier as immutable records, and the links between them; imports no other stage.
 */
package dossier.model;
