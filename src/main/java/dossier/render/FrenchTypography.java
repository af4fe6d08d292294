package dossier.render;

import java.util.regex.Pattern;

/**
 * French spacing rules: a no-break space before ":" and inside « », a narrow no-break space
 * before ";", "!" and "?", and typographic apostrophes, so a line never starts with a
 * punctuation mark or a lone guillemet.
 *
 * <p>{@link #text} is for plain strings (titles, summaries); {@link #html} applies the same
 * rules to the text between tags, leaving tags, attributes and code untouched.
 */
public final class FrenchTypography {

    static final char NBSP = '\u00A0';
    static final char NARROW_NBSP = '\u202F';

    private static final Pattern BEFORE_HIGH_PUNCTUATION = Pattern.compile("(?<!&[#a-zA-Z0-9]{1,12})(?<=[\\p{L}\\p{N}»)\\]…’'\"])[ \u00A0\u202F]*([;!?]+)(?=$|[\\s<»)\\].,;:!?])");
    private static final Pattern BEFORE_COLON = Pattern.compile("(?<=[\\p{L}\\p{N}»)\\]…])[ \u00A0\u202F]+:(?=$|\\s)");
    private static final Pattern AFTER_OPENING = Pattern.compile("«[ \u00A0\u202F]*");
    private static final Pattern BEFORE_CLOSING = Pattern.compile("[ \u00A0\u202F]*»");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

    private FrenchTypography() {
    }

    public static String text(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        var s = APOSTROPHE.matcher(plain).replaceAll("’");
        s = BEFORE_HIGH_PUNCTUATION.matcher(s).replaceAll(NARROW_NBSP + "$1");
        s = BEFORE_COLON.matcher(s).replaceAll(NBSP + ":");
        s = AFTER_OPENING.matcher(s).replaceAll("«" + NBSP);
        return BEFORE_CLOSING.matcher(s).replaceAll(NBSP + "»");
    }

    /** Applies {@link #text} to every text run of {@code html} outside tags, code, pre, script and style. */
    public static String html(String html) {
        var out = new StringBuilder(html.length() + 64);
        int i = 0;
        int raw = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            if (tag < 0) {
                tag = html.length();
            }
            var run = html.substring(i, tag);
            out.append(raw > 0 ? run : text(run));
            if (tag == html.length()) {
                break;
            }
            int end = html.indexOf('>', tag);
            end = end < 0 ? html.length() : end + 1;
            var element = html.substring(tag, end);
            raw += rawDepthChange(element);
            out.append(element);
            i = end;
        }
        return out.toString();
    }

    private static int rawDepthChange(String element) {
        var name = element.replaceFirst("^</?([a-zA-Z0-9]+).*$", "$1").toLowerCase(java.util.Locale.ROOT);
        boolean raw = name.equals("code") || name.equals("pre") || name.equals("script") || name.equals("style");
        if (!raw || element.endsWith("/>")) {
            return 0;
        }
        return element.startsWith("</") ? -1 : 1;
    }
}
