package dossier.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits a paragraph into sentences: after . ! ? or … (and any closing quote), before a space and
 * a capital, a digit or an opening quote, unless the word before the full stop is an abbreviation
 * ("M. Poutine", "oct. 7", in any case) or an initial ("J. Dupont").
 */
final class Sentences {

    /** One sentence and where it starts in its paragraph. */
    record Sentence(String text, int start) {
        int end() {
            return start + text.length();
        }
    }

    private static final String ENDS = ".!?…";
    private static final String CLOSERS = "»”\"')]";
    private static final String OPENERS = "«“\"(–—-[";

    private final Set<String> abbreviations;

    Sentences(Vocabulary vocabulary) {
        this.abbreviations = vocabulary.abbreviations().stream().map(a -> a.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    List<Sentence> split(String text) {
        var sentences = new ArrayList<Sentence>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (ENDS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && ENDS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            end = pastClosers(text, end);
            int next = end < text.length() && text.charAt(end) == ' ' ? end + 1 : -1;
            boolean boundary = end == text.length()
                    || (next > 0 && next < text.length() && startsSentence(text.charAt(next))
                        && !(text.charAt(i) == '.' && abbreviated(text, i)));
            if (boundary) {
                add(sentences, text, start, end);
                start = next > 0 ? next : end;
            }
            i = end;
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    /** Closing quotes right after the mark belong to the sentence, French spacing ("merci »") too. */
    private static int pastClosers(String text, int from) {
        int end = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (CLOSERS.indexOf(c) >= 0) {
                end++;
            } else if (c == ' ' && end + 1 < text.length() && text.charAt(end + 1) == '»') {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    private boolean abbreviated(String text, int dot) {
        int from = text.lastIndexOf(' ', dot - 1) + 1;
        var word = text.substring(from, dot).replaceAll("^[«“\"(\\[]+", "");
        return abbreviations.contains(word.toLowerCase(Locale.ROOT))
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        if (start >= end) {
            return;
        }
        var piece = text.substring(start, end);
        int lead = piece.length() - piece.stripLeading().length();
        var stripped = piece.strip();
        if (!stripped.isEmpty()) {
            sentences.add(new Sentence(stripped, start + lead));
        }
    }
}
