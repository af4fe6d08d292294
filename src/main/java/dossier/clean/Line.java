package dossier.clean;

/**
 * One line of the scraped text: its 1-based number in the file, and its text with spacing made
 * plain (see {@link #of}). A blank line has empty text and still counts, as paragraph breaks.
 */
record Line(int number, String text) {

    static Line of(int number, String raw) {
        return new Line(number, plainSpacing(raw));
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    int words() {
        return wordCount(text);
    }

    /**
     * Non-breaking and narrow spaces, tabs and other odd spaces become one plain space; zero-width
     * characters and soft hyphens go. Scraped pages are full of them, and they break matching.
     * Quotes and apostrophes (« » ’) are text, not spacing, and stay as they are.
     */
    static String plainSpacing(String raw) {
        var out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Words are runs between spaces holding a letter or digit; a lone dash or "|" is not a word. */
    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '\n';
            if (end) {
                if (inWord && hasLetter) {
                    count++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= Character.isLetterOrDigit(text.charAt(i));
            }
        }
        return count;
    }
}
