package dossier.clean;

import dossier.model.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the cleaner made of one scraped article: its title and metadata, its body, what it took
 * out and why, and the problems an editor should see.
 *
 * @param title         the headline, or one cut from the first sentence ("" when there is no text)
 * @param titleInferred true when the title was cut from the first sentence
 * @param date          the publication date, or {@code null} when the text states none
 * @param dateEvidence  the words the date was read from ("ce mercredi 19 novembre 2025"), or ""
 * @param dateBasis     where the date was read: a byline, the text's own day, the latest day reported
 * @param author        who wrote it, from a byline, or ""
 * @param outlet        where it was published, from a byline, or ""
 * @param paragraphs    the body in order, plain text; a subheading is an item {@code ## Heading}
 * @param removed       the junk lines taken out, in file order
 * @param problems      warnings about what was guessed, an error when no article text is left
 * @param events        the dates stated in the body, as chronology candidates
 */
public record CleanArticle(
        String title,
        boolean titleInferred,
        LocalDate date,
        String dateEvidence,
        DateBasis dateBasis,
        String author,
        String outlet,
        List<String> paragraphs,
        List<RemovedLine> removed,
        List<Problem> problems,
        List<EventCandidate> events) {

    public CleanArticle {
        Objects.requireNonNull(title, "title");
        dateEvidence = dateEvidence == null ? "" : dateEvidence;
        dateBasis = date == null ? DateBasis.NONE : Objects.requireNonNull(dateBasis, "dateBasis");
        author = author == null ? "" : author;
        outlet = outlet == null ? "" : outlet;
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
        events = List.copyOf(events);
    }

    /** The body as Markdown: paragraphs separated by blank lines, scraped text escaped. */
    public String markdown() {
        if (paragraphs.isEmpty()) {
            return "";
        }
        return paragraphs.stream()
                .map(p -> p.startsWith("## ") ? "## " + MarkdownText.escape(p.substring(3)) : MarkdownText.escape(p))
                .collect(Collectors.joining("\n\n", "", "\n"));
    }

    /** Title and body as plain text, one paragraph a line: what tags and duplicates are found in. */
    public String text() {
        var body = paragraphs.stream().map(p -> p.startsWith("## ") ? p.substring(3) : p);
        return Stream.concat(Stream.of(title), body)
                .collect(Collectors.joining("\n"));
    }

    /** True when an error leaves nothing worth publishing. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
