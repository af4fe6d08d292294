package dossier.site;

/** The browser refused a DevTools command, or did not answer it in time. */
public final class DevToolsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DevToolsException(String message) {
        super(message);
    }

    public DevToolsException(String message, Throwable cause) {
        super(message, cause);
    }
}
