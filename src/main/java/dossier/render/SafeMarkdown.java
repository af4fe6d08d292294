package dossier.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Tells a Markdown document whose HTML needs no {@link HtmlSanitizer}: one made only of nodes
 * whose text and attributes Flexmark escapes (no raw HTML, no entity), whose URLs are plain and
 * safe. {@link #asSanitized} then gives the HTML exactly as the sanitiser would write it, without
 * parsing it again: sanitising took a fifth of the time of rendering an article.
 */
final class SafeMarkdown {

    /** Nodes written with every character of their text escaped, and no attribute but ours and URLs. */
    private static final Set<Class<? extends Node>> ESCAPED = Set.of(Document.class, Paragraph.class, Heading.class,
            Text.class, Emphasis.class, StrongEmphasis.class, Code.class, SoftLineBreak.class, HardLineBreak.class,
            BlockQuote.class, BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class,
            FencedCodeBlock.class, IndentedCodeBlock.class, ThematicBreak.class, Link.class, Image.class,
            LinkRef.class, ImageRef.class, Reference.class, AutoLink.class, MailLink.class, TypographicQuotes.class,
            TypographicSmarts.class, TableBlock.class, TableHead.class, TableBody.class, TableRow.class,
            TableCell.class, TableSeparator.class);

    private SafeMarkdown() {
    }

    /** True when {@code document}'s HTML may hold something the sanitiser would drop or write otherwise. */
    static boolean needsSanitizing(Document document) {
        for (var node : document.getDescendants()) {
            if (!ESCAPED.contains(node.getClass()) || !plainSafeUrl(node) || isLink(node) && inLink(node)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code node} and every node inside it are among those whose text Flexmark escapes. */
    static boolean escapesAll(Node node) {
        if (!ESCAPED.contains(node.getClass())) {
            return false;
        }
        for (var inside : node.getDescendants()) {
            if (!ESCAPED.contains(inside.getClass())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLink(Node node) {
        return node instanceof Link || node instanceof LinkRef || node instanceof AutoLink || node instanceof MailLink;
    }

    /** True for a link inside a link (an autolink in a link's text): a browser, and the sanitiser, split them. */
    private static boolean inLink(Node node) {
        for (var parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (isLink(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainSafeUrl(Node node) {
        CharSequence url = node instanceof Link link ? link.getUrl()
                : node instanceof Image image ? image.getUrl()
                : node instanceof Reference reference ? reference.getUrl()
                : node instanceof AutoLink link ? link.getUrl() : null;
        if (url == null) {
            return true;
        }
        for (int i = 0; i < url.length(); i++) {
            // no entity or escape to decode, nothing a browser would skip inside a scheme, nothing to percent-encode
            char c = url.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '&' || c == '\\') {
                return false;
            }
        }
        return HtmlSanitizer.isSafeUrl(url.toString());
    }

    /**
     * The HTML Flexmark wrote for a document that needs no sanitising, as {@link HtmlSanitizer#clean}
     * writes it: void tags without their slash, entities decoded and only {@code & < >} escaped in
     * text, {@code & "} in attributes. Null when it holds a character the sanitiser writes as an
     * entity (control characters, say), to leave such a rare page to the sanitiser.
     */
    static String asSanitized(String html) {
        var out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            if (tag < 0) {
                tag = html.length();
            }
            if (!text(html, i, tag, out)) {
                return null;
            }
            if (tag == html.length()) {
                break;
            }
            i = tag(html, tag, out);
            if (i < 0) {
                return null;
            }
        }
        return out.toString();
    }

    /**
     * As {@link #asSanitized}, for HTML whose tags are all written as the sanitiser writes them (no
     * void tag's slash, attribute values of plain text), as {@link PlainMarkdown}'s are: with no
     * entity to decode and no character to write as one, it is already as the sanitiser writes it.
     */
    static String asSanitizedTagsKept(String html) {
        return html.indexOf('&') < 0 && plain(html.toCharArray()) ? html : asSanitized(html);
    }

    /** As {@link #plain(String, int, int)} over a whole body, read from a copy of its chars: charAt checks each index. */
    private static boolean plain(char[] html) {
        for (char c : html) {
            if (c < ' ' && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c < 0xA0
                    || c >= 0xD800 && c <= 0xDFFF || c > 0xFFFD) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(String html, int from, int to, StringBuilder out) {
        if (!plain(html, from, to)) {
            return false;
        }
        int amp = html.indexOf('&', from);
        if (amp < 0 || amp >= to) {
            out.append(html, from, to);
            return true;
        }
        escape(Parser.unescapeEntities(html.substring(from, to), false), false, out);
        return true;
    }

    /** Writes the tag at {@code at} as jsoup would and returns where it ends, or -1 for a tag it cannot read. */
    private static int tag(String html, int at, StringBuilder out) {
        int i = at + 1;
        while (i < html.length() && html.charAt(i) != '>' && html.charAt(i) != ' ') {
            i++;
        }
        out.append(html, at, i);
        while (i < html.length() && html.charAt(i) == ' ') {
            int equals = html.indexOf("=\"", i);
            int close = html.indexOf('>', i);
            if (close < 0) {
                return -1;
            }
            if (html.startsWith(" />", i) && i + 2 == close) {
                i = close;
                break;
            }
            if (equals < 0 || equals > close) {
                return -1;
            }
            int quote = html.indexOf('"', equals + 2);
            if (quote < 0 || !plain(html, equals + 2, quote)) {
                return -1;
            }
            out.append(html, i, equals + 2);
            if (html.lastIndexOf('&', quote) < equals) {
                // nothing to decode, and Flexmark wrote no raw character the sanitiser would escape
                out.append(html, equals + 2, quote);
            } else {
                escape(Parser.unescapeEntities(html.substring(equals + 2, quote), true), true, out);
            }
            out.append('"');
            i = quote + 1;
        }
        if (i >= html.length() || html.charAt(i) != '>') {
            return -1;
        }
        out.append('>');
        return i + 1;
    }

    /** True when {@code html} between the bounds has only characters the sanitiser writes as they are (or as &nbsp;). */
    private static boolean plain(String html, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = html.charAt(i);
            if (c < ' ' && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c < 0xA0
                    || c >= 0xD800 && c <= 0xDFFF || c > 0xFFFD) {
                return false;
            }
        }
        return true;
    }

    private static void escape(String text, boolean inAttribute, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append(inAttribute ? "<" : "&lt;");
                case '>' -> out.append(inAttribute ? ">" : "&gt;");
                case '"' -> out.append(inAttribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
