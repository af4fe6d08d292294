package dossier.render;

/**
 * French spacing rules: a no-break space before ":" and inside « », a narrow no-break space
 * before ";", "!" and "?", and typographic apostrophes, so a line never starts with a
 * punctuation mark or a lone guillemet.
 *
 * <p>{@link #text} is for plain strings (titles, summaries); {@link #html} applies the same
 * rules to the text between tags, leaving tags, attributes, entities and code untouched. Both
 * are one pass over the characters, read from a copy in a char array: they run on every string of
 * every page, and {@code charAt} on a French text checks its index at every char. The copy and the
 * text written go into arrays each thread keeps ({@link Buffers}), not new ones for every string.
 */
public final class FrenchTypography {

    static final char NBSP = '\u00A0';
    static final char NARROW_NBSP = '\u202F';

    /** Each thread's buffers: nothing here calls back into this class, so one pair a thread is enough. */
    private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

    private FrenchTypography() {
    }

    public static String text(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        var buffers = BUFFERS.get();
        var chars = buffers.read(plain);
        if (!needsWork(chars, 0, plain.length())) {
            return plain;
        }
        var out = buffers.out();
        apply(chars, 0, plain.length(), out);
        return buffers.taken(out);
    }

    /** Applies {@link #text} to every text run of {@code html} outside tags, code, pre, script and style. */
    public static String html(String html) {
        var buffers = BUFFERS.get();
        var chars = buffers.read(html);
        var out = buffers.out();
        int i = 0;
        int raw = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            if (tag < 0) {
                tag = html.length();
            }
            if (raw > 0 || !needsWork(chars, i, tag)) {
                out.append(chars, i, tag - i);
            } else {
                apply(chars, i, tag, out);
            }
            if (tag == html.length()) {
                break;
            }
            int end = html.indexOf('>', tag);
            end = end < 0 ? html.length() : end + 1;
            raw += rawDepthChange(html, tag, end);
            out.append(chars, tag, end - tag);
            i = end;
        }
        return buffers.taken(out);
    }

    /** The ASCII characters a rule starts from, as bits: one test a character. */
    private static final long WORK = 1L << '\'' | 1L << ';' | 1L << '!' | 1L << '?' | 1L << ':';

    private static boolean needsWork(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < 64 ? (WORK >>> c & 1) != 0 : c == '«' || c == '»') {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes {@code s} between the bounds with the rules applied. Characters left as they are
     * are copied a run at a time ({@code kept} is where the current run starts), not one by one:
     * most of a text is left as it is.
     */
    private static void apply(char[] s, int from, int to, StringBuilder out) {
        int i = from;
        int kept = from;
        while (i < to) {
            char c = s[i];
            if (isSpace(c)) {
                int end = i;
                while (end < to && isSpace(s[end])) {
                    end++;
                }
                char space = space(s, from, to, i, end);
                if (space != 0) {
                    out.append(s, kept, i - kept).append(space);
                    kept = end;
                }
                i = end;
                continue;
            }
            // only the chars a rule starts from can be replaced: the others skip the call, too large to be inlined
            boolean starts = c < 64 ? (WORK >>> c & 1) != 0 : c == '«' || c == '»';
            String replaced = starts ? replaced(s, from, to, i, c) : null;
            if (replaced != null) {
                out.append(s, kept, i - kept).append(replaced);
                kept = i + 1;
            }
            i++;
        }
        out.append(s, kept, to - kept);
    }

    /** The space to write for the white space from {@code i} to {@code end}, or 0 to keep it as it is. */
    private static char space(char[] s, int from, int to, int i, int end) {
        char next = end < to ? s[end] : 0;
        boolean afterWord = i > from && !isSpace(s[i - 1]);
        if (afterWord && isHigh(next) && endsPunctuation(s, end, to)) {
            return NARROW_NBSP;
        } else if (afterWord && next == ':' && (end + 1 == to || Character.isWhitespace(s[end + 1]))) {
            return NBSP;
        } else if (next == '»' || (i > from && s[i - 1] == '«')) {
            return NBSP;
        }
        return 0;
    }

    /** What to write for the character {@code c} at {@code i}, or null to keep it as it is. */
    private static String replaced(char[] s, int from, int to, int i, char c) {
        if (c == '\'' && i > from && i + 1 < to && Character.isLetter(s[i - 1]) && Character.isLetter(s[i + 1])) {
            return "’";
        } else if (isHigh(c) && i > from && attachesTo(s[i - 1]) && !isHigh(s[i - 1])
                && endsPunctuation(s, i, to) && !inEntity(s, from, i)) {
            return NARROW_NBSP + String.valueOf(c);
        } else if (c == '»' && i > from && !isSpace(s[i - 1])) {
            return NBSP + "»";
        } else if (c == '«' && i + 1 < to && !isSpace(s[i + 1])) {
            return "«" + NBSP;
        }
        return null;
    }

    /** True when the run of ;!? starting at {@code at} ends the word: end of text, space or closing mark. */
    static boolean endsPunctuation(char[] s, int at, int to) {
        int end = at;
        while (end < to && isHigh(s[end])) {
            end++;
        }
        if (end == to) {
            return true;
        }
        char after = s[end];
        return Character.isWhitespace(after) || isSpace(after) || "»)].,:".indexOf(after) >= 0;
    }

    /** True when the ";" at {@code at} closes an HTML entity such as {@code &amp;}. */
    static boolean inEntity(char[] s, int from, int at) {
        for (int j = at - 1; j >= from && at - j <= 12; j--) {
            char c = s[j];
            if (c == '&') {
                return j < at - 1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return false;
            }
        }
        return false;
    }

    static boolean attachesTo(char previous) {
        return Character.isLetterOrDigit(previous) || "»)]…’'\"".indexOf(previous) >= 0;
    }

    static boolean isHigh(char c) {
        return c == ';' || c == '!' || c == '?';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == NBSP || c == NARROW_NBSP;
    }

    private static int rawDepthChange(String html, int start, int end) {
        int nameStart = start + 1 + (start + 1 < end && html.charAt(start + 1) == '/' ? 1 : 0);
        int nameEnd = nameStart;
        while (nameEnd < end && Character.isLetterOrDigit(html.charAt(nameEnd))) {
            nameEnd++;
        }
        boolean raw = named(html, nameStart, nameEnd, "code") || named(html, nameStart, nameEnd, "pre")
                || named(html, nameStart, nameEnd, "script") || named(html, nameStart, nameEnd, "style");
        if (!raw || html.charAt(end - 1) == '>' && end - 2 > start && html.charAt(end - 2) == '/') {
            return 0;
        }
        return nameStart > start + 1 ? -1 : 1;
    }

    /**
     * True when the chars from {@code from} to {@code to} spell {@code name}, lower-case ASCII letters, in any
     * case: compared in place, not as a lower-cased copy of every tag's name.
     */
    private static boolean named(String html, int from, int to, String name) {
        if (to - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            // setting bit 5 lower-cases an ASCII letter, and makes no other char one of the name's letters
            if ((html.charAt(from + i) | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The array a text is copied into to be read and the builder it is written into, kept from one string to the
     * next: copying each body and title into a new array and a new builder made 0.4 GB of garbage at 10,000
     * articles. Either is given up past {@link CharCopy#KEPT_CHARS}, so one huge body does not hold its memory.
     */
    private static final class Buffers {

        private final CharCopy chars = new CharCopy();
        private StringBuilder out = new StringBuilder(4 * 1024);

        /** The chars of {@code text}, from index 0 to its length. */
        char[] read(String text) {
            return chars.of(text);
        }

        /** The builder, empty. */
        StringBuilder out() {
            out.setLength(0);
            return out;
        }

        /** What {@code written} holds, the builder being given up when it grew past what is kept. */
        String taken(StringBuilder written) {
            var text = written.toString();
            if (written.capacity() > CharCopy.KEPT_CHARS) {
                out = new StringBuilder(4 * 1024);
            }
            return text;
        }
    }
}
