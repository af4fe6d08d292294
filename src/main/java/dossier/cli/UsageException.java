package dossier.cli;

/** The command line was wrong: printed with the usage, exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
