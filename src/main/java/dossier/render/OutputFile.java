package dossier.render;

import java.util.Objects;

/** One file of the built site: where it goes and its bytes. */
public record OutputFile(SitePath path, byte[] bytes) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static OutputFile text(SitePath path, String text) {
        return new OutputFile(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
