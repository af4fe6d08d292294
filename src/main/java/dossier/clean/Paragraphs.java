package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs and subheadings from the lines left after cleaning. Pages are copied two
 * ways: one paragraph per line, or paragraphs separated by blank lines (sometimes wrapped over
 * several lines). Both are read here without being told which.
 */
final class Paragraphs {

    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6} +(.+)");

    private final Limits limits;
    private final List<Paragraph> done = new ArrayList<>();
    private final List<String> parts = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private int length;

    private Paragraphs(Limits limits) {
        this.limits = limits;
    }

    /**
     * A line starts a new paragraph after a blank line or after a line ending a sentence; a line
     * starting in lower case continues the one before. After a line not ending a sentence, a line
     * starting with a capital starts a paragraph too, unless the text uses blank lines between
     * paragraphs, where such a line is the next line of a wrapped paragraph.
     */
    static List<Paragraph> build(List<Line> kept, Limits limits) {
        var builder = new Paragraphs(limits);
        var items = new ArrayList<Line>();
        var breaks = new ArrayList<Boolean>();
        boolean blank = false;
        for (var line : kept) {
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            breaks.add(blank && !items.isEmpty());
            items.add(line);
            blank = false;
        }
        boolean blankSeparated = breaks.contains(true);
        for (int k = 0; k < items.size(); k++) {
            var next = k + 1 < items.size() ? items.get(k + 1) : null;
            boolean aloneInBlock = blankSeparated && (k == 0 || breaks.get(k)) && (next == null || breaks.get(k + 1));
            builder.take(items.get(k), next, breaks.get(k), blankSeparated, aloneInBlock);
        }
        builder.flush();
        return List.copyOf(builder.done);
    }

    private void take(Line line, Line next, boolean breakBefore, boolean blankSeparated, boolean aloneInBlock) {
        var text = line.text();
        var previous = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        boolean continues = previous != null && !breakBefore
                && (Shape.startsLowerCase(text) || (!Shape.endsSentence(previous) && blankSeparated));
        var markdown = MARKDOWN_HEADING.matcher(text);
        if (!continues && (markdown.matches() || isHeading(text, next, aloneInBlock))) {
            flush();
            var heading = markdown.matches() ? markdown.group(1).strip() : text;
            done.add(new Paragraph(heading, true, List.of(line.number()), List.of(0)));
            return;
        }
        if (!continues) {
            flush();
        }
        if (!parts.isEmpty()) {
            length++;
        }
        parts.add(text);
        lines.add(line.number());
        starts.add(length);
        length += text.length();
    }

    /**
     * Short and title-like, and followed by article text: a line ending a sentence or too long
     * for a heading, or, where blank lines separate paragraphs, any paragraph after a heading
     * standing alone between blank lines (its first line may be the start of a wrapped sentence).
     */
    private boolean isHeading(String text, Line next, boolean aloneInBlock) {
        if (!Shape.titleLike(text, limits.headingChars()) || next == null || Shape.startsLowerCase(next.text())) {
            return false;
        }
        return aloneInBlock || Shape.bodyLike(next.text(), limits.headingChars());
    }

    private void flush() {
        if (!parts.isEmpty()) {
            done.add(new Paragraph(String.join(" ", parts), false, lines, starts));
        }
        parts.clear();
        lines.clear();
        starts.clear();
        length = 0;
    }
}
