package dossier.render;

import dossier.model.Event;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The chronology as an iCalendar file (RFC 5545), {@code chronologie/chronologie.ics}: one all-day
 * event per event, for calendar programs.
 *
 * <p>A month or a year is put on its first day, and its description says the date is known only
 * to the month or the year: a calendar would show a year-long span as a bar across every day of
 * that year. UIDs are the events' anchors at the site's host, so they stay the same from build to
 * build; DTSTAMP is the build date, so the file is reproducible. Lines end in CRLF and are folded
 * at 75 octets, never inside a UTF-8 character. No METHOD: that is for iTIP invitations (RFC 5546),
 * where PUBLISH would require an ORGANIZER the dossier does not have.
 */
final class ChronologyCalendar {

    static final SitePath PATH = PageContext.CHRONOLOGY.child("chronologie.ics");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int OCTETS = 75;

    private final SiteRenderer.Parts parts;
    private final LocalDate today;

    ChronologyCalendar(SiteRenderer.Parts parts, LocalDate today) {
        this.parts = parts;
        this.today = today;
    }

    OutputFile render() {
        return render(parts.dossier().events().stream().map(this::vevent).toList());
    }

    /** The calendar of the events whose entries are {@code vevents}, in the timeline's order. */
    OutputFile render(java.util.List<String> vevents) {
        return new OutputFile(PATH, bytes(vevents));
    }

    /** The bytes of the calendar of the events whose entries are {@code vevents}: each entry's bytes are in it as they are. */
    byte[] bytes(java.util.List<String> vevents) {
        var settings = parts.dossier().settings();
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Dossier//" + text(settings.title()) + "//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + text(settings.title() + " – chronologie"));
        vevents.forEach(out::append);
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One event's entry, folded lines with their CRLF. */
    String vevent(Event event) {
        var out = new StringBuilder();
        vevent(out, event);
        return out.toString();
    }

    private void vevent(StringBuilder out, Event event) {
        var settings = parts.dossier().settings();
        var anchor = parts.cards().anchor(event);
        var first = event.date().firstDay();
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + anchor + "@" + settings.baseUrl().getHost());
        line(out, "DTSTAMP:" + today.format(DAY) + "T000000Z");
        line(out, "DTSTART;VALUE=DATE:" + first.format(DAY));
        line(out, "DTEND;VALUE=DATE:" + first.plusDays(1).format(DAY));
        line(out, "SUMMARY:" + text(event.title()));
        if (!event.place().isEmpty()) {
            line(out, "LOCATION:" + text(event.place()));
        }
        line(out, "DESCRIPTION:" + text(description(event)));
        line(out, "URL:" + settings.baseUrl().resolve(PageContext.CHRONOLOGY.value()) + "#" + anchor);
        line(out, "STATUS:" + (parts.cards().upcoming(event) ? "TENTATIVE" : "CONFIRMED"));
        line(out, "END:VEVENT");
    }

    private String description(Event event) {
        var text = new StringBuilder();
        switch (event.date().precision()) {
            case MONTH -> text.append("Date connue au mois près : ").append(FrenchDates.of(event.date())).append(".\n");
            case YEAR -> text.append("Date connue à l’année près : ").append(event.date().year()).append(".\n");
            case DAY -> { }
        }
        if (!event.description().isEmpty()) {
            text.append(event.description()).append('\n');
        }
        for (var slug : event.sources()) {
            parts.dossier().article(slug).ifPresent(article -> {
                var paragraph = parts.cards().paragraph(event, slug);
                text.append("Source : ").append(article.title()).append(" – ")
                        .append(parts.dossier().settings().baseUrl().resolve(PageContext.ARTICLES.page(slug).value()))
                        .append(paragraph.isEmpty() ? "" : "#" + paragraph).append('\n');
            });
        }
        return text.toString().strip();
    }

    /** A TEXT value escaped: backslash, comma, semicolon and newline (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\n", "\\n");
    }

    /** Appends a content line, folded: 75 octets a line, continuation lines opening with a space. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = octets(cp);
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }

    /** The UTF-8 length of a code point; a lone surrogate is written as one {@code ?}, as the JDK's encoder does. */
    static int octets(int cp) {
        if (cp < 0x80 || Character.isSurrogate((char) cp) && cp < 0x10000) {
            return 1;
        }
        return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
