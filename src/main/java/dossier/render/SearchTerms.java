package dossier.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * French text to search terms: lower case, accents folded, elisions dropped ({@code l’accord} →
 * {@code accord}), stop words left out and plurals lightly stemmed ({@code accords} → {@code accord},
 * {@code journaux} → {@code journal}). {@code assets/search.js} applies the same rules to a query;
 * {@code src/test/resources/search/terms.json} holds the pairs both are tested against.
 */
final class SearchTerms {

    /** Words written before an apostrophe that only elide a vowel: l’, d’, qu’, lorsqu’… */
    static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu");

    /** Words too common to find anything by; sent to the browser with the index so both sides agree. */
    static final List<String> STOP_WORDS = List.of("au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de",
            "des", "du", "elle", "en", "est", "et", "il", "ils", "la", "le", "les", "leur", "leurs", "lui", "mais",
            "ne", "ni", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se",
            "ses", "son", "sont", "sur", "ta", "te", "tes", "ton", "un", "une", "vos", "votre", "vous");

    private static final Set<String> STOPS = Set.copyOf(STOP_WORDS);
    /** Longer words can be neither stop words nor elisions: most words skip the look-ups. */
    private static final int LONGEST_LISTED = java.util.stream.Stream.concat(STOP_WORDS.stream(), ELISIONS.stream())
            .mapToInt(String::length).max().orElse(0);

    /**
     * Latin letters and the general punctuation folded once, so that a French text's accented
     * letters and its apostrophes, dashes, ellipses and narrow no-break spaces cost a table look-up.
     */
    private static final char[][] FOLDED = new char[0x2070][];

    static {
        for (char c = 128; c < FOLDED.length; c++) {
            var folded = foldOne(c);
            FOLDED[c] = folded == null ? null : folded.toCharArray();
        }
    }

    private SearchTerms() {
    }

    /** The search terms of a text, in order, repeats kept. */
    static List<String> of(String text) {
        var terms = new ArrayList<String>();
        forEach(text, terms::add);
        return terms;
    }

    /**
     * Calls {@code sink} with each search term of {@code text}, in order: one pass over the
     * characters, no regular expression, each word folded into one reused buffer and made a string
     * once, stemmed already (the index reads millions of words).
     */
    static void forEach(String text, Consumer<String> sink) {
        var word = new Word();
        // read from a copy of the chars: charAt on a French text checks its index at every char
        var chars = text.toCharArray();
        int n = chars.length;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            if (!word.fold(c) && word.length > 0) {
                var term = word.term(isApostrophe(c));
                word.length = 0;
                if (term != null) {
                    sink.accept(term);
                }
            }
        }
    }

    /**
     * Numbers the terms of texts through a table of the words already met, each with its term's
     * number, or -1 for a word that is no term: a word met before, as most words of a large dossier
     * are, costs a probe of its folded letters instead of a new string, its stemming and a look-up
     * in the numbering shared by the threads. One per thread.
     */
    static final class Numbering {
        private final ToIntFunction<String> numbers;
        private final Word word = new Word();
        private char[][] words = new char[1 << 12][];
        private int[] terms = new int[1 << 12];
        private int size;

        /** {@code numbers} gives each term its number, the same for the same term on any thread. */
        Numbering(ToIntFunction<String> numbers) {
            this.numbers = numbers;
        }

        /** Calls {@code sink} with the number of each term of {@code text}, in the order {@link SearchTerms#forEach} finds them. */
        void forEach(String text, IntConsumer sink) {
            forEach(text.toCharArray(), sink);
        }

        /** As {@link #forEach(String, IntConsumer)}, for a text given as its chars. */
        void forEach(char[] chars, IntConsumer sink) {
            int n = chars.length;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? chars[i] : ' ';
                // ASCII letters and digits, most of a text, are appended here: fold and append are not inlined
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9') {
                    if (word.length == word.letters.length) {
                        word.letters = Arrays.copyOf(word.letters, word.length * 2);
                    }
                    word.letters[word.length++] = lower;
                    continue;
                }
                if ((c < 128 || !word.fold(c)) && word.length > 0) {
                    int term = number(isApostrophe(c));
                    word.length = 0;
                    if (term >= 0) {
                        sink.accept(term);
                    }
                }
            }
        }

        /**
         * The number of the word read, -1 when it is no term. A short word before an apostrophe
         * may be an elision, which the same letters elsewhere are not: it is looked up, not kept.
         */
        private int number(boolean beforeApostrophe) {
            if (word.length < 2) {
                return -1;
            }
            if (beforeApostrophe && word.length <= LONGEST_LISTED) {
                var term = word.term(true);
                return term == null ? -1 : numbers.applyAsInt(term);
            }
            int hash = 0;
            for (int i = 0; i < word.length; i++) {
                hash = 31 * hash + word.letters[i];
            }
            int mask = words.length - 1;
            for (int slot = (hash ^ hash >>> 16) & mask; ; slot = slot + 1 & mask) {
                var known = words[slot];
                if (known == null) {
                    return add(slot);
                }
                if (Arrays.equals(known, 0, known.length, word.letters, 0, word.length)) {
                    return terms[slot];
                }
            }
        }

        private int add(int slot) {
            var letters = Arrays.copyOf(word.letters, word.length);
            // the term is made after the copy: stemming may change the letters in place
            var term = word.term(false);
            int number = term == null ? -1 : numbers.applyAsInt(term);
            words[slot] = letters;
            terms[slot] = number;
            if (++size * 2 > words.length) {
                grow();
            }
            return number;
        }

        private void grow() {
            var oldWords = words;
            var oldTerms = terms;
            words = new char[oldWords.length * 2][];
            terms = new int[oldWords.length * 2];
            int mask = words.length - 1;
            for (int i = 0; i < oldWords.length; i++) {
                var letters = oldWords[i];
                if (letters != null) {
                    int hash = 0;
                    for (char c : letters) {
                        hash = 31 * hash + c;
                    }
                    int slot = (hash ^ hash >>> 16) & mask;
                    while (words[slot] != null) {
                        slot = slot + 1 & mask;
                    }
                    words[slot] = letters;
                    terms[slot] = oldTerms[i];
                }
            }
        }
    }

    /** The folded letters of the word being read. */
    private static final class Word {
        private char[] letters = new char[32];
        private int length;

        /** Appends {@code c} folded to the word and says so, or says it ends the word. */
        boolean fold(char c) {
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    append(c);
                    return true;
                }
                if (c >= 'A' && c <= 'Z') {
                    append((char) (c + 32));
                    return true;
                }
                return false;
            }
            var folded = c < FOLDED.length ? FOLDED[c] : chars(foldOne(c));
            if (folded == null) {
                return false;
            }
            for (char f : folded) {
                append(f);
            }
            // a letter outside Latin (Cyrillic, say) folds to nothing and ends the word, as in the browser's [a-z0-9] split
            return folded.length > 0 || Character.getType(c) == Character.NON_SPACING_MARK;
        }

        private void append(char c) {
            if (length == letters.length) {
                letters = Arrays.copyOf(letters, length * 2);
            }
            letters[length++] = c;
        }

        /**
         * The word's search term, null when it is none: a one-letter word, an elision before an
         * apostrophe or a stop word. Only short words can be those, so only they are looked up;
         * a longer word is stemmed in the buffer, as {@link #stem} does.
         */
        String term(boolean beforeApostrophe) {
            if (length < 2) {
                return null;
            }
            if (length <= LONGEST_LISTED) {
                var folded = new String(letters, 0, length);
                boolean elided = beforeApostrophe && ELISIONS.contains(folded);
                return elided || STOPS.contains(folded) ? null : stem(folded);
            }
            int n = length;
            if (letters[n - 3] == 'a' && letters[n - 2] == 'u' && letters[n - 1] == 'x') {
                letters[n - 2] = 'l';
                return new String(letters, 0, n - 1);
            }
            boolean plural = letters[n - 1] == 'x' || letters[n - 1] == 's' && letters[n - 2] != 's';
            return new String(letters, 0, plural ? n - 1 : n);
        }
    }

    /** The [a-z0-9] letters a character folds to; null when it is not part of a word at all. */
    private static String foldOne(char c) {
        if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
            return null;
        }
        var lower = Character.toString(Character.toLowerCase(c)).replace("œ", "oe").replace("æ", "ae");
        var kept = new StringBuilder(2);
        for (char d : Normalizer.normalize(lower, Normalizer.Form.NFD).toCharArray()) {
            if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
                kept.append(d);
            }
        }
        return kept.toString();
    }

    private static char[] chars(String folded) {
        return folded == null ? null : folded.toCharArray();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /** Light plural stemming: -aux → -al, then a final -x or -s (not -ss) goes, on words of four letters or more. */
    static String stem(String word) {
        int n = word.length();
        if (n >= 5 && word.endsWith("aux")) {
            return word.substring(0, n - 3) + "al";
        }
        if (n >= 4 && (word.charAt(n - 1) == 'x' || word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's')) {
            return word.substring(0, n - 1);
        }
        return word;
    }
}
