package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.FixtureBuild;
import dossier.GoldenFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronologyCalendarTest {

    @TempDir
    Path temp;

    @Test
    void everyCodePointIsCountedInTheOctetsTheEncoderWritesForIt() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int written = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (ChronologyCalendar.octets(cp) != written) {
                throw new AssertionError("U+" + Integer.toHexString(cp) + ": " + ChronologyCalendar.octets(cp) + " octets, written " + written);
            }
        }
    }

    @Test
    void calendarParsesAndValidatesWithOneAllDayEventPerEvent() throws IOException, ParserException {
        var ics = build();
        var calendar = new CalendarBuilder().build(new StringReader(ics));
        var result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
        List<VEvent> events = calendar.getComponents().stream()
                .filter(VEvent.class::isInstance).map(VEvent.class::cast).toList();
        assertEquals(List.of("20180101", "20250801", "20251007", "20260101"),
                events.stream().map(e -> value(e, Property.DTSTART)).toList());
        assertEquals(List.of("20180102", "20250802", "20251008", "20260102"),
                events.stream().map(e -> value(e, Property.DTEND)).toList());
        var ratified = events.get(2);
        assertEquals("DATE", ratified.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").orElseThrow().getValue());
        assertEquals("e-2025-10-07-la-douma-ratifie-l-accord@example.org", value(ratified, Property.UID));
        assertEquals("20251201T000000Z", value(ratified, Property.DTSTAMP));
        assertEquals("https://example.org/essai/chronologie/#e-2025-10-07-la-douma-ratifie-l-accord",
                value(ratified, Property.URL));
        assertTrue(value(ratified, Property.DESCRIPTION).contains(
                "https://example.org/essai/articles/accord-ratifie/#p-le-mardi-7-octobre-2025"), value(ratified, Property.DESCRIPTION));
        assertTrue(value(events.get(1), Property.DESCRIPTION).startsWith("Date connue au mois près : août 2025."));
        assertEquals("TENTATIVE", value(events.get(3), Property.STATUS));
        assertEquals("CONFIRMED", value(ratified, Property.STATUS));
    }

    @Test
    void calendarLinesEndInCrlfAndFitIn75Octets() throws IOException {
        var ics = build();
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "a bare LF");
        for (var line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    @Test
    void calendarMatchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches(FixtureBuild.FIXTURES.resolve("basic/expected/chronologie/chronologie.ics"), build());
    }

    @Test
    void textValuesEscapeCommasSemicolonsBackslashesAndNewlines() {
        assertEquals("Lomé\\, Moscou\\; puis \\\\ Kremlin\\nfin", ChronologyCalendar.text("Lomé, Moscou; puis \\ Kremlin\nfin"));
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        var out = new StringBuilder();
        ChronologyCalendar.line(out, "SUMMARY:" + "é".repeat(60));
        var lines = List.of(out.toString().split("\r\n"));
        // 8 octets of name, then 33 two-octet é make 74: a 34th would cross 75, so the line folds there
        assertEquals(List.of(74, 55), lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8).length).toList());
        assertTrue(lines.get(1).startsWith(" é"));
        assertEquals("SUMMARY:" + "é".repeat(60) + "\r\n", out.toString().replace("\r\n ", ""));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private String build() throws IOException {
        var build = FixtureBuild.build("basic", temp.resolve("site"));
        assertEquals(0, build.exitCode(), build.err());
        return Files.readString(build.site().resolve("chronologie/chronologie.ics"), StandardCharsets.UTF_8);
    }
}
