package dossier.load;

import java.net.URI;

/**
 * What the command line says about a build: drafts in or out, links for a server or for disk,
 * and a base URL replacing dossier.yaml's ({@code null} keeps it).
 */
public record BuildOptions(boolean drafts, boolean forDisk, URI baseUrl) {

    public static final BuildOptions DEFAULTS = new BuildOptions(false, false, null);
}
