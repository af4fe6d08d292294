package dossier.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Judges every file of a built site by its type, so outputs added later are covered too: pages
 * run no inline or foreign script and carry the CSP, XML and JSON parse, calendars hold no line
 * that a field smuggled in.
 */
final class OutputSafety {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster", "data",
            "cite", "background", "xlink:href", "srcset", "ping");
    private static final Set<String> FORBIDDEN = Set.of("iframe", "frame", "object", "embed", "applet", "base", "style");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F\\u00AD\\u200B-\\u200F\\uFEFF]");
    private static final Pattern ICS_LINE = Pattern.compile("[A-Z][A-Z0-9-]*(;[^:]*)?:.*");

    private OutputSafety() {
    }

    /** What is unsafe in the files of a site, as "path: reason" lines; empty when all is well. */
    static List<String> problems(Map<String, byte[]> site) {
        var found = new ArrayList<String>();
        site.forEach((path, bytes) -> {
            var text = new String(bytes, StandardCharsets.UTF_8);
            var name = path.toLowerCase(Locale.ROOT);
            List<String> reasons = name.endsWith(".html") ? html(text)
                    : name.endsWith(".xml") ? xml(bytes)
                    : name.endsWith(".json") ? json(text)
                    : name.endsWith(".ics") ? ics(text)
                    : List.of();
            reasons.forEach(reason -> found.add(path + ": " + reason));
        });
        return found;
    }

    /** A script-src naming only the site itself, hashes, or nothing: no inline code, no eval, no other host. */
    private static final java.util.regex.Pattern SCRIPT_POLICY = java.util.regex.Pattern.compile(
            "(^|;)\\s*script-src( ('self'|'none'|'sha256-[A-Za-z0-9+/=]+'))+\\s*(;|$)");

    static List<String> html(String text) {
        var reasons = new ArrayList<String>();
        Document page = Jsoup.parse(text);
        var csp = page.select("head > meta[http-equiv=Content-Security-Policy]").attr("content");
        if (!SCRIPT_POLICY.matcher(csp).find()) {
            reasons.add("no Content-Security-Policy forbidding inline script (\"" + csp + "\")");
        }
        for (Element element : page.getAllElements()) {
            if (FORBIDDEN.contains(element.normalName())) {
                reasons.add("<" + element.normalName() + "> element");
            }
            if (element.normalName().equals("script")) {
                script(element).ifPresent(reasons::add);
            }
            if (element.normalName().equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                reasons.add("meta refresh");
            }
            for (var attribute : element.attributes()) {
                var key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style")) {
                    reasons.add(key + " attribute on <" + element.normalName() + ">");
                }
                if (URL_ATTRIBUTES.contains(key) && activeUrl(attribute.getValue())) {
                    reasons.add(key + "=\"" + attribute.getValue() + "\" on <" + element.normalName() + ">");
                }
            }
        }
        return reasons;
    }

    /** Only an external same-site script, or a JSON-LD data block that parses and cannot close its element. */
    private static java.util.Optional<String> script(Element script) {
        var type = script.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("application/ld+json")) {
            var data = script.data();
            if (data.toLowerCase(Locale.ROOT).contains("</script")) {
                return java.util.Optional.of("JSON-LD holding </script");
            }
            return json(data).stream().findFirst().map(reason -> "JSON-LD " + reason);
        }
        var src = script.attr("src");
        boolean sameSite = !src.isEmpty() && !src.startsWith("//") && !Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:").matcher(src).find();
        if (!sameSite || !script.data().isBlank()) {
            return java.util.Optional.of("script other than an external same-site file: " + script.outerHtml());
        }
        return java.util.Optional.empty();
    }

    static boolean activeUrl(String url) {
        var visible = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return visible.startsWith("javascript:") || visible.startsWith("vbscript:") || visible.startsWith("data:");
    }

    static List<String> xml(byte[] bytes) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new ByteArrayInputStream(bytes));
            return List.of();
        } catch (Exception e) {
            return List.of("XML does not parse: " + e.getMessage());
        }
    }

    static List<String> json(String text) {
        try {
            JSON.readTree(text);
            return List.of();
        } catch (IOException e) {
            return List.of("JSON does not parse: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Lines are CRLF-ended, folded lines start with a space, and every line is a property: no field broke out. */
    static List<String> ics(String text) {
        var reasons = new ArrayList<String>();
        var unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
        int depth = 0;
        for (var line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                reasons.add("bare line break inside \"" + line.strip() + "\"");
            } else if (!ICS_LINE.matcher(line).matches() || line.startsWith("X-INJECTED")) {
                reasons.add("line that is no property: \"" + line + "\"");
            }
            if (line.equals("BEGIN:VEVENT") && depth++ > 0 || line.equals("END:VEVENT") && --depth < 0) {
                reasons.add("VEVENT nesting broken at \"" + line + "\"");
            }
        }
        return reasons;
    }
}
