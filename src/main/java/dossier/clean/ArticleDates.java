package dossier.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dates an article states: its publication date, and every date of its text as an event
 * candidate.
 *
 * <p>The publication date is, in this order of trust:
 * <ol>
 * <li>a day stated on a byline or dateline ("Publié le 7 octobre 2025"), the earliest if several
 *     (the others are updates);
 * <li>a day the text places on the writer's own day ("ce mercredi 19 novembre 2025");
 * <li>the latest day stated in the text, leaving out days announced as still to come ("le sommet
 *     se tiendra le 12 décembre"): an article is written after what it reports;
 * <li>none: the editor is asked to state it.
 * </ol>
 * A day stated without its year ("le 27 mars") takes the year of the nearest date before it that
 * states one, else the byline's, else that of the nearest date after it: an article opening on
 * "in March" most likely means the March of its own year.
 */
final class ArticleDates {

    /** What the dates of one article come to. */
    record Dating(LocalDate date, String evidence, DateBasis basis, List<EventCandidate> events) {
    }

    private record Chosen(DateMention mention, DateBasis basis) {
    }

    private record Found(DateMention mention, String sentence, int line) {
    }

    private final DateFinder finder;
    private final Sentences sentences;
    private final Pattern future;

    ArticleDates(Vocabulary vocabulary) {
        this.finder = new DateFinder(vocabulary);
        this.sentences = new Sentences(vocabulary);
        this.future = Pattern.compile("(?<![\\p{L}'])(?:" + vocabulary.future().stream()
                .map(word -> Pattern.quote(Accents.strip(word))).collect(Collectors.joining("|")) + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Dating date(List<Line> bylines, List<Paragraph> paragraphs) {
        var stated = new ArrayList<DateMention>();
        bylines.forEach(line -> stated.addAll(finder.find(line.text())));
        var body = new ArrayList<Found>();
        for (var paragraph : paragraphs) {
            if (paragraph.heading()) {
                continue;
            }
            for (var sentence : sentences.split(paragraph.text())) {
                for (var mention : finder.find(sentence.text())) {
                    body.add(new Found(mention, sentence.text(), paragraph.lineAt(sentence.start() + mention.start())));
                }
            }
        }
        var fallback = stated.stream().filter(DateMention::hasYear).mapToInt(DateMention::year).findFirst().orElse(0);
        var resolvedBody = withYears(body, fallback);
        var resolvedBylines = withYears(stated.stream().map(m -> new Found(m, "", 0)).toList(),
                resolvedBody.stream().map(Found::mention).filter(DateMention::hasYear)
                        .mapToInt(DateMention::year).findFirst().orElse(0));
        var events = resolvedBody.stream().filter(f -> f.mention().hasYear())
                .map(f -> new EventCandidate(f.mention().eventDate(), f.mention().phrase(), f.sentence(), f.line()))
                .toList();
        var chosen = publication(resolvedBylines, resolvedBody);
        return chosen == null ? new Dating(null, "", DateBasis.NONE, events)
                : new Dating(chosen.mention().localDate(), chosen.mention().phrase(), chosen.basis(), events);
    }

    private Chosen publication(List<Found> bylines, List<Found> body) {
        var days = Comparator.comparing(DateMention::localDate);
        var byline = bylines.stream().map(Found::mention).filter(m -> m.hasYear() && m.isDay()).min(days);
        if (byline.isPresent()) {
            return new Chosen(byline.get(), DateBasis.BYLINE);
        }
        var dated = body.stream().filter(f -> f.mention().hasYear() && f.mention().isDay()).toList();
        var today = dated.stream().map(Found::mention).filter(DateMention::today).findFirst();
        if (today.isPresent()) {
            return new Chosen(today.get(), DateBasis.TODAY);
        }
        return dated.stream().filter(f -> !future.matcher(Accents.strip(f.sentence())).find())
                .map(Found::mention).max(days).map(m -> new Chosen(m, DateBasis.LATEST)).orElse(null);
    }

    /** Each mention without a year given the nearest stated year before it, else {@code fallback}, else after. */
    private static List<Found> withYears(List<Found> found, int fallback) {
        var after = new int[found.size() + 1];
        for (int i = found.size() - 1; i >= 0; i--) {
            after[i] = found.get(i).mention().hasYear() ? found.get(i).mention().year() : after[i + 1];
        }
        var out = new ArrayList<Found>();
        int before = 0;
        for (int i = 0; i < found.size(); i++) {
            var f = found.get(i);
            if (f.mention().hasYear()) {
                before = f.mention().year();
                out.add(f);
                continue;
            }
            var dated = f.mention().withYear(before != 0 ? before : fallback != 0 ? fallback : after[i + 1]);
            out.add(dated == null || !dated.hasYear() ? f : new Found(dated, f.sentence(), f.line()));
        }
        return out;
    }
}
