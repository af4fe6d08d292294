/**
 * A scraped .txt → a clean article; junk rules kept as data. Imports only {@code model}.
 *
 * <p>{@link dossier.clean.Cleaner} is the entry point; the junk rules are
 * {@code dossier/clean/default-rules.txt} ({@link dossier.clean.Rules}) and the date and sentence
 * words {@code dossier/clean/vocabulary.yaml} ({@link dossier.clean.Vocabulary}).
 */
package dossier.clean;
