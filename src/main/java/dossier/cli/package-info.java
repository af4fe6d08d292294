/**
 * The command line: reads flags, runs the stages, prints problems, picks the exit code
 * (0 done, 1 content errors, 2 bad usage). The only package, with {@code serve}, that sees every stage.
 */
package dossier.cli;
