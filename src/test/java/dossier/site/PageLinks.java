package dossier.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What one page of a site refers to, and what others may refer to in it.
 *
 * @param references every URL the page makes a browser fetch or a reader follow
 * @param ids        the fragment targets it offers: every {@code id}, and {@code name} of {@code a}
 * @param redirect   whether it only sends the reader elsewhere ({@code meta http-equiv=refresh}),
 *                   as the pages kept for an old URL do
 */
record PageLinks(List<Reference> references, Set<String> ids, boolean redirect) {

    /** A URL written in a page, with the line of its element. */
    record Reference(String url, int line) {
    }

    /** Elements and attributes holding one URL each; srcset and refresh are read apart. */
    private static final List<String[]> URL_ATTRIBUTES = List.of(
            new String[] {"a, area, link, use, image", "href"},
            new String[] {"use, image", "xlink:href"},
            new String[] {"script, img, source, iframe, embed, video, audio, track, input[type=image]", "src"},
            new String[] {"video", "poster"},
            new String[] {"object", "data"},
            new String[] {"form", "action"});

    /** {@code 0; url=../accord/}, quotes and case as browsers accept them. */
    private static final Pattern REFRESH =
            Pattern.compile("(?i)^\\s*[0-9.]+\\s*[;,]?\\s*(?:url\\s*=\\s*)?['\"]?([^'\"]*)['\"]?\\s*$");

    PageLinks {
        references = List.copyOf(references);
        ids = Set.copyOf(ids);
    }

    /** Reads an HTML page; a {@code .svg} file offers ids only. */
    static PageLinks read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (file.getFileName().toString().endsWith(".svg")) {
            return new PageLinks(List.of(), ids(Jsoup.parse(text, "", Parser.xmlParser())), false);
        }
        Document page = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        // jsoup matches attribute values ignoring case, as browsers read http-equiv="Refresh"
        var refresh = page.select("meta[http-equiv=refresh][content]");
        return new PageLinks(references(page), ids(page), !refresh.isEmpty());
    }

    private static List<Reference> references(Document page) {
        var references = new ArrayList<Reference>();
        for (Element element : page.getAllElements()) {
            for (String[] rule : URL_ATTRIBUTES) {
                if (element.is(rule[0]) && element.hasAttr(rule[1])) {
                    references.add(new Reference(element.attr(rule[1]), line(element)));
                }
            }
            if (element.hasAttr("srcset")) {
                for (String candidate : element.attr("srcset").split(",\\s+|,$")) {
                    var url = candidate.strip().split("\\s+")[0];
                    if (!url.isEmpty()) {
                        references.add(new Reference(url, line(element)));
                    }
                }
            }
            if (element.is("meta[http-equiv=refresh]")) {
                var matcher = REFRESH.matcher(element.attr("content"));
                if (matcher.matches() && !matcher.group(1).isBlank()) {
                    references.add(new Reference(matcher.group(1).strip(), line(element)));
                }
            }
        }
        return references;
    }

    private static Set<String> ids(Document page) {
        var ids = new HashSet<String>();
        page.select("[id]").forEach(element -> ids.add(element.id()));
        page.select("a[name]").forEach(element -> ids.add(element.attr("name")));
        return ids;
    }

    private static int line(Element element) {
        return Math.max(element.sourceRange().start().lineNumber(), 0);
    }
}
