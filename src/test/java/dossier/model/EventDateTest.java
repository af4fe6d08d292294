package dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDateTest {

    @Test
    void readsDayMonthAndYearPrecision() {
        assertEquals(EventDate.Precision.DAY, EventDate.parse("2025-10-07").orElseThrow().precision());
        assertEquals(EventDate.Precision.MONTH, EventDate.parse("2025-08").orElseThrow().precision());
        assertEquals(EventDate.Precision.YEAR, EventDate.parse("2018").orElseThrow().precision());
    }

    @Test
    void refusesDaysThatDoNotExist() {
        assertTrue(EventDate.parse("2025-02-30").isEmpty());
        assertTrue(EventDate.parse("2025-13").isEmpty());
        assertTrue(EventDate.parse("31/02/2025").isEmpty());
    }

    @Test
    void partialDatesSortBeforeTheirDays() {
        var dates = new ArrayList<>(List.of("2025-10-07", "2025-03-27", "2018", "2025-08", "2025-08-03", "2025")
                .stream().map(t -> EventDate.parse(t).orElseThrow()).toList());
        dates.sort(null);
        assertEquals("[2018, 2025, 2025-03-27, 2025-08, 2025-08-03, 2025-10-07]", dates.toString());
    }

    @Test
    void monthCoversItsWholeMonth() {
        var august = EventDate.parse("2025-08").orElseThrow();
        assertEquals(LocalDate.of(2025, 8, 1), august.firstDay());
        assertEquals(LocalDate.of(2025, 8, 31), august.lastDay());
    }
}
