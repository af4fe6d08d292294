/**
 * Reads {@code content/} into the model: files, front matter, dossier.yaml, chronologie.yaml;
 * every content problem becomes a {@link dossier.model.Problem}. Imports {@code model} and {@code clean}.
 */
package dossier.load;
