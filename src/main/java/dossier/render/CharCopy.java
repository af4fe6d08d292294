package dossier.render;

/**
 * A text's chars copied into an array kept from text to text, for a pass that reads every char:
 * {@code String.charAt} checks the coder and the bounds at each one, and a French text is two bytes
 * a char. Not thread-safe: each thread keeps its own. The array is given up once it grew past
 * {@link #KEPT_CHARS}, so one very long text does not hold its size for the rest of the build.
 */
final class CharCopy {

    /** Past this many chars a buffer is not kept for the next text. */
    static final int KEPT_CHARS = 1 << 18;
    private static final int FIRST_CHARS = 4 * 1024;

    private char[] chars = new char[FIRST_CHARS];

    /** The chars of {@code text}, from index 0 to its length; valid until the next call. */
    char[] of(String text) {
        if (text.length() > chars.length) {
            chars = new char[Math.max(text.length(), 2 * chars.length)];
        }
        text.getChars(0, text.length(), chars, 0);
        var read = chars;
        if (chars.length > KEPT_CHARS) {
            chars = new char[FIRST_CHARS];
        }
        return read;
    }
}
