package dossier.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Passes rendered Markdown (raw HTML included) through an allow-list: jsoup's relaxed
 * {@link Safelist}, plus the ids and classes anchors need, with every URL checked by scheme.
 *
 * <p>No script, style, iframe, object, form or {@code on*} attribute survives, and a link or an
 * image whose URL is not http(s), mailto, tel or relative loses its URL. The scheme is read the
 * way a browser reads it, after dropping the tabs, newlines and control characters that
 * {@code jav&#x09;ascript:} hides behind (entities are already decoded by the parser).
 * Thread-safe.
 */
public final class HtmlSanitizer {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F\\u00AD\\u200B-\\u200F\\u2028\\u2029\\uFEFF]");
    private static final Pattern SCHEME = Pattern.compile("^([^/?#]*?):");

    private final Safelist safelist = new UrlCheckingSafelist();
    private final Document.OutputSettings output = new Document.OutputSettings()
            .prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);

    /** The allowed part of {@code html}, serialised as HTML; text is kept, unsafe markup dropped. */
    public String clean(String html) {
        // jsoup writes U+00A0 as &nbsp;: put the character back so typography stays readable in the source
        return Jsoup.clean(html, "", safelist, output).replace("&nbsp;", "\u00A0");
    }

    /** True for a URL a page may link to or load: relative, or of an allowed scheme. */
    static boolean isSafeUrl(String url) {
        var visible = INVISIBLE.matcher(url).replaceAll("");
        var scheme = SCHEME.matcher(visible);
        return !scheme.find() || SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    /** True for an absolute http(s) URL: the only kind a page links to from a front-matter field. */
    public static boolean isWebUrl(String url) {
        var visible = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return visible.startsWith("https://") || visible.startsWith("http://");
    }

    /** Relaxed, without its protocol lists (they drop relative links), with ids, classes and a few inline tags. */
    private static final class UrlCheckingSafelist extends Safelist {

        UrlCheckingSafelist() {
            super(Safelist.relaxed());
            removeProtocols("a", "href", "ftp", "http", "https", "mailto");
            removeProtocols("img", "src", "http", "https");
            removeProtocols("blockquote", "cite", "http", "https");
            removeProtocols("cite", "cite", "http", "https");
            removeProtocols("q", "cite", "http", "https");
            addTags("abbr", "del", "ins", "s", "mark", "kbd", "hr", "figure", "figcaption", "time", "section");
            // ids and classes carry heading anchors, paragraph anchors and footnotes; aria-* their labels
            addAttributes(":all", "id", "class", "lang", "dir", "title", "aria-label", "aria-hidden", "aria-labelledby",
                    "aria-describedby");
            addAttributes("abbr", "title");
            addAttributes("time", "datetime");
            addAttributes("th", "align");
            addAttributes("td", "align");
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            return super.isSafeAttribute(tagName, element, attribute)
                    && (!URL_ATTRIBUTES.contains(attribute.getKey()) || isSafeUrl(attribute.getValue()));
        }
    }
}
