package dossier.load;

import dossier.clean.CleanArticle;
import dossier.clean.DateBasis;
import dossier.clean.EventCandidate;
import dossier.model.Tag;
import java.util.stream.Collectors;

/**
 * A cleaned raw article written as a Markdown article for an editor to review: front matter whose
 * comments say what was guessed and from which words, events found in the text as commented-out
 * candidates, then the clean body. It loads back through the normal {@code .md} path as it is.
 */
public final class ImportedMarkdown {

    private ImportedMarkdown() {
    }

    /** The {@code .md} text for {@code raw}, which must have article text (no cleaning error). */
    public static String of(RawArticle raw) {
        var cleaned = raw.cleaned();
        if (cleaned.hasErrors()) {
            throw new IllegalArgumentException(raw.file() + " has no article text to import");
        }
        var out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(cleaned.title()))
                .append(cleaned.titleInferred() ? "  # derived from the first sentence: check it" : "").append('\n');
        out.append(date(cleaned)).append('\n');
        if (!cleaned.author().isEmpty()) {
            out.append("author: ").append(quoted(cleaned.author())).append('\n');
        }
        if (cleaned.outlet().isEmpty()) {
            out.append("# source: the text names no outlet; add `name:` and `url:` of the original\n");
        } else {
            out.append("source:\n  name: ").append(quoted(cleaned.outlet())).append("\n  # url: the original article's address\n");
        }
        if (!raw.tags().isEmpty()) {
            out.append("tags: ").append(raw.tags().stream().map(Tag::label).map(ImportedMarkdown::quoted)
                    .collect(Collectors.joining(", ", "[", "]"))).append("  # suggested from the vocabulary: keep those that fit\n");
        }
        events(cleaned, out);
        return out.append("---\n").append(cleaned.markdown()).toString();
    }

    private static String date(CleanArticle cleaned) {
        if (cleaned.date() == null) {
            return "date:  # no publication date found in the text: write it as YYYY-MM-DD";
        }
        var how = cleaned.dateBasis() == DateBasis.BYLINE ? "stated on a byline" : "inferred, " + cleaned.dateBasis().description();
        return "date: " + cleaned.date() + "  # " + how + ": \"" + cleaned.dateEvidence() + "\"";
    }

    /** Candidates only: commented out, so nothing reaches the chronology before an editor keeps it. */
    private static void events(CleanArticle cleaned, StringBuilder out) {
        if (cleaned.events().isEmpty()) {
            return;
        }
        out.append("# events: dates found in the text; uncomment those the chronology needs and shorten their titles\n");
        out.append("# events:\n");
        for (EventCandidate event : cleaned.events()) {
            out.append("#   - date: ").append(quoted(event.date().iso())).append("  # \"").append(event.phrase())
                    .append("\", line ").append(event.line()).append('\n');
            out.append("#     title: ").append(quoted(event.sentence())).append('\n');
        }
    }

    /** A YAML double-quoted scalar: only the backslash and the quote need escaping in cleaned text. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
