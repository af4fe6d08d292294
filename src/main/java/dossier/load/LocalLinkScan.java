package dossier.load;

/**
 * A quick look for a Markdown link that may point inside the site, without parsing: every link
 * the parser finds has its URL right after a {@code ](} (inline links and images) or a {@code ]:}
 * (reference definitions), past white space and an optional {@code <}; autolinks ({@code <https:…>})
 * always name a scheme. So a body where each of those URLs starts with a scheme has no local link.
 *
 * <p>The scan may say "maybe" for a body without a local link (a {@code ](} in code, an escaped
 * scheme); the body is then parsed, which is always right. It never says "no" for a body with one.
 */
final class LocalLinkScan {

    private LocalLinkScan() {
    }

    /** False only when no link of {@code markdown} can be local. */
    static boolean mayLinkInside(String markdown) {
        for (int i = markdown.indexOf(']'); i >= 0; i = markdown.indexOf(']', i + 1)) {
            if (i + 1 < markdown.length() && (markdown.charAt(i + 1) == '(' || markdown.charAt(i + 1) == ':')
                    && !startsWithScheme(markdown, i + 2)) {
                return true;
            }
        }
        return false;
    }

    /** True when a URL with a scheme ({@code [A-Za-z][A-Za-z0-9+.-]*:}) starts at {@code from}, past white space and one {@code <}. */
    private static boolean startsWithScheme(String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '<') {
            i++;
        }
        if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
            return false;
        }
        for (i++; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
