package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.model.EventDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

    @Test
    void dayIsWrittenTheFrenchWay() {
        assertEquals("7\u00A0octobre 2025", FrenchDates.day(LocalDate.of(2025, 10, 7)));
    }

    @Test
    void firstOfTheMonthIsPremier() {
        assertEquals("1er\u00A0août 2025", FrenchDates.day(LocalDate.of(2025, 8, 1)));
    }

    @Test
    void partialDatesShowTheirOwnPrecision() {
        assertEquals("août 2025", FrenchDates.of(EventDate.parse("2025-08").orElseThrow()));
        assertEquals("2018", FrenchDates.of(EventDate.parse("2018").orElseThrow()));
    }

    @Test
    void spanOfMonthsReadsFromTo() {
        assertEquals("de mars 2025 à novembre 2025", FrenchDates.span(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 11, 30)));
    }

    @Test
    void spanElidesDeBeforeAVowel() {
        assertEquals("d’avril 2024 à août 2025", FrenchDates.span(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 8, 2)));
        assertEquals("d’octobre 2025 à décembre 2025", FrenchDates.span(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 2)));
    }

    @Test
    void spanWithinOneMonthIsThatMonth() {
        assertEquals("octobre 2025", FrenchDates.span(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 9)));
    }
}
