package dossier.model;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL word: lower-case ASCII letters, digits and single dashes, never empty.
 *
 * <p>{@link #of(String)} folds accents and ligatures so "Sécurité régionale" and
 * "securite regionale" give the same slug, which keeps French URLs stable and typeable.
 */
public record Slug(String value) implements Comparable<Slug> {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Latin-1 to Latin Extended-B, folded once: French text is almost all in this range. */
    private static final int TABLE_END = 0x250;
    /** General Punctuation (’ – — … and the no-break spaces), folded once too. */
    private static final int PUNCTUATION_START = 0x2000;
    private static final int PUNCTUATION_END = 0x2070;
    private static final String[] LATIN = table(0, TABLE_END);
    private static final String[] PUNCTUATION = table(PUNCTUATION_START, PUNCTUATION_END);
    /** The same folds as char arrays, for {@link #words}: a fold to a dash or a no-break space is a UTF-16 string. */
    private static final char[][] LATIN_CHARS = chars(LATIN);
    private static final char[][] PUNCTUATION_CHARS = chars(PUNCTUATION);

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a slug: \"" + value + "\"");
        }
    }

    /** True when {@code text} is already a slug as is. */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
            return false;
        }
        // [a-z0-9]+(-[a-z0-9]+)*, by hand rather than by a pattern: every heading and paragraph anchor makes a slug
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!word && (c != '-' || text.charAt(i - 1) == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The slug of any text, or {@code null} when the text has no letter or digit at all. */
    public static Slug of(String text) {
        var words = words(text, '-');
        return words.isEmpty() ? null : new Slug(words);
    }

    /**
     * The folded words of a text ({@code [a-z0-9]+} runs of {@link #fold}) joined by {@code separator}:
     * the slug's words, or a text's words to look phrases up in. Folded and split in one pass over
     * the text's chars into ASCII bytes, as it runs on every paragraph of every article; read with
     * charAt, which measured as fast as a copy of the chars, without the copy.
     */
    public static String words(String text, char separator) {
        var out = new Words(text.length() + 8, (byte) separator);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                // a letter or digit after another is appended here, most of a text: add is not inlined
                if (!out.apart && (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9')
                        && out.length < out.bytes.length) {
                    out.bytes[out.length++] = (byte) lower;
                } else {
                    out.add(lower);
                }
                continue;
            }
            char[] folded = c < TABLE_END ? LATIN_CHARS[c]
                    : c >= PUNCTUATION_START && c < PUNCTUATION_END ? PUNCTUATION_CHARS[c - PUNCTUATION_START] : null;
            if (folded == null) {
                return wordsOfFolded(foldByNormalizer(text), separator);
            }
            for (char f : folded) {
                out.add(f);
            }
        }
        return out.toString();
    }

    private static String wordsOfFolded(String folded, char separator) {
        var out = new Words(folded.length() + 8, (byte) separator);
        for (int i = 0; i < folded.length(); i++) {
            out.add(folded.charAt(i));
        }
        return out.toString();
    }

    /** The words being joined: ASCII letters and digits, a separator between runs. */
    private static final class Words {
        private byte[] bytes;
        private int length;
        private boolean apart;
        private final byte separator;

        Words(int capacity, byte separator) {
            this.bytes = new byte[capacity];
            this.separator = separator;
        }

        /** Appends a folded char of a word, after a separator if words were apart; any other char parts words. */
        void add(char c) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (length + 2 > bytes.length) {
                    bytes = Arrays.copyOf(bytes, bytes.length * 2);
                }
                if (apart && length > 0) {
                    bytes[length++] = separator;
                }
                bytes[length++] = (byte) c;
                apart = false;
            } else {
                apart = true;
            }
        }

        @Override
        public String toString() {
            return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    /** Lower-case ASCII form of a text: accents removed, œ and æ spelled out. */
    public static String fold(String text) {
        if (isAscii(text)) {
            // nothing to spell out or decompose: most words and many whole paragraphs
            return text.toLowerCase(Locale.ROOT);
        }
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c < TABLE_END ? LATIN[c]
                    : c >= PUNCTUATION_START && c < PUNCTUATION_END ? PUNCTUATION[c - PUNCTUATION_START] : null;
            if (folded == null) {
                // combining marks, other scripts, surrogates: the whole text takes the Normalizer's way
                return foldByNormalizer(text);
            }
            out.append(folded);
        }
        return out.toString();
    }

    /**
     * {@link #fold} by Unicode decomposition. Folding a text char by char from a table gives the
     * same result inside the table's ranges: decomposition and mark removal work char by char there,
     * and none of those chars lower-cases differently by context (Greek final sigma is outside).
     */
    static String foldByNormalizer(String text) {
        var spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace('’', '\'');
        var decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String[] table(int from, int to) {
        var table = new String[to - from];
        for (int c = from; c < to; c++) {
            table[c - from] = foldByNormalizer(String.valueOf((char) c));
        }
        return table;
    }

    private static char[][] chars(String[] table) {
        var chars = new char[table.length][];
        for (int i = 0; i < table.length; i++) {
            chars[i] = table[i].toCharArray();
        }
        return chars;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int compareTo(Slug other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    // Written out rather than left to the record's generated methods: maps keyed by Slug are
    // probed hundreds of thousands of times per preview update, and these inline where those did not.
    @Override
    public boolean equals(Object other) {
        return other instanceof Slug that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
