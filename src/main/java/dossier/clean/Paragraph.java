package dossier.clean;

import java.util.List;

/**
 * A paragraph or subheading rebuilt from one or more lines, with the file line each part came
 * from so a date found in it can be reported at its line.
 *
 * @param starts offsets in {@code text} where each of {@code lines} begins
 */
record Paragraph(String text, boolean heading, List<Integer> lines, List<Integer> starts) {

    Paragraph {
        lines = List.copyOf(lines);
        starts = List.copyOf(starts);
        if (lines.isEmpty() || lines.size() != starts.size()) {
            throw new IllegalArgumentException("a paragraph needs one start per line");
        }
    }

    /** The file line holding the character at {@code offset} of the text. */
    int lineAt(int offset) {
        int line = lines.get(0);
        for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
            line = lines.get(i);
        }
        return line;
    }

    /** The paragraph as an item of {@link CleanArticle#paragraphs()}: a subheading as {@code ## text}. */
    String item() {
        return heading ? "## " + text : text;
    }
}
