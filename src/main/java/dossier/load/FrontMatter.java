package dossier.load;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * <p>We split on the {@code ---} fences ourselves and give the YAML to SnakeYAML: Flexmark's
 * front-matter extension only reads flat key/value lists, and articles need nested maps
 * ({@code source}, {@code events}). {@code yamlLine} is the file line of the YAML's first line,
 * so parser lines can be shifted to file lines.
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Splits {@code text}; a file without an opening fence has empty YAML and is all body. */
    public static FrontMatter split(String text) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            return new FrontMatter("", 1, text, 1);
        }
        int start = text.indexOf('\n') + 1;
        int cursor = start;
        int line = 2;
        while (cursor < text.length()) {
            int end = text.indexOf('\n', cursor);
            var current = end < 0 ? text.substring(cursor) : text.substring(cursor, end);
            if (current.strip().equals("---") || current.strip().equals("...")) {
                var yaml = text.substring(start, cursor);
                var body = end < 0 ? "" : text.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            cursor = end + 1;
            line++;
        }
        return null;
    }
}
