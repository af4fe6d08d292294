package dossier.render;

/**
 * The link targets {@link PlainInline} takes: an absolute http(s) URL of letters, digits and the
 * few marks that Flexmark writes as they are, that {@link SafeMarkdown} lets through and that
 * no Markdown rule reads (no parenthesis, space, quote, percent sign, ampersand or backslash).
 */
final class PlainUrl {

    private static final String MARKS = "-._/?#=+:@,;";

    private PlainUrl() {
    }

    /** Where the URL starting at {@code at} ends, or -1 when none of that kind starts there. */
    static int end(String s, int at, int to) {
        int start = s.startsWith("https://", at) ? at + 8 : s.startsWith("http://", at) ? at + 7 : -1;
        if (start < 0 || start >= to) {
            return -1;
        }
        int i = start;
        while (i < to && isPlain(s.charAt(i))) {
            i++;
        }
        return i > start ? i : -1;
    }

    private static boolean isPlain(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || MARKS.indexOf(c) >= 0;
    }
}
