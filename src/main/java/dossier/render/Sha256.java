package dossier.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 digests, with one digest object per thread instead of a look-up among the providers for every use. */
final class Sha256 {

    private static final ThreadLocal<MessageDigest> DIGESTS = ThreadLocal.withInitial(Sha256::digest);

    private Sha256() {
    }

    /** The digest of {@code bytes}. */
    static byte[] of(byte[] bytes) {
        return DIGESTS.get().digest(bytes);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
