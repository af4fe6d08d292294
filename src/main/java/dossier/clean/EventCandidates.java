package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The dates a Markdown article body states, each with its sentence and file line: what an editor
 * may promote to a chronology event. The same finder and year rules as for scraped articles.
 *
 * <pre>{@code var candidates = new EventCandidates(Vocabulary.defaults()).find(article.markdown(), article.bodyLine());}</pre>
 *
 * <p>Holds no state between calls: one instance serves a whole build, from any thread.
 */
public final class EventCandidates {

    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s.*");
    private static final Pattern FENCE = Pattern.compile("(```|~~~).*");

    private final ArticleDates dates;

    public EventCandidates(Vocabulary vocabulary) {
        this.dates = new ArticleDates(vocabulary);
    }

    /** The dates of {@code markdown}, whose first line is line {@code firstLine} of its file. */
    public List<EventCandidate> find(String markdown, int firstLine) {
        return dates.date(List.of(), paragraphs(markdown, firstLine)).events();
    }

    /** Blank-line separated blocks as paragraphs; headings kept as such, code blocks left out. */
    static List<Paragraph> paragraphs(String markdown, int firstLine) {
        var found = new ArrayList<Paragraph>();
        var text = new StringBuilder();
        var lines = new ArrayList<Integer>();
        var starts = new ArrayList<Integer>();
        boolean code = false;
        var raw = markdown.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            var line = raw[i].strip();
            if (FENCE.matcher(line).matches()) {
                code = !code;
                continue;
            }
            if (code || line.isEmpty() || HEADING.matcher(line).matches()) {
                flush(found, text, lines, starts);
                if (!code && !line.isEmpty()) {
                    found.add(new Paragraph(line.replaceFirst("^#+\\s*", ""), true, List.of(firstLine + i), List.of(0)));
                }
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            lines.add(firstLine + i);
            starts.add(text.length());
            text.append(line);
        }
        flush(found, text, lines, starts);
        return found;
    }

    private static void flush(List<Paragraph> found, StringBuilder text, List<Integer> lines, List<Integer> starts) {
        if (!text.isEmpty()) {
            found.add(new Paragraph(text.toString(), false, lines, starts));
        }
        text.setLength(0);
        lines.clear();
        starts.clear();
    }
}
