package dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrenchTypographyTest {

    @Test
    void colonGetsNoBreakSpace() {
        assertEquals("L’objectif\u00A0: élargir", FrenchTypography.text("L'objectif : élargir"));
    }

    @Test
    void highPunctuationGetsNarrowNoBreakSpace() {
        assertEquals("Vraiment\u202F? Oui\u202F! Et\u202F; fin", FrenchTypography.text("Vraiment ? Oui! Et ; fin"));
    }

    @Test
    void guillemetsHoldTheirSpacesInside() {
        assertEquals("une relation «\u00A0solide\u00A0»", FrenchTypography.text("une relation «solide »"));
    }

    @Test
    void timesAndUrlsKeepTheirColons() {
        assertEquals("à 10:30 sur https://example.org/?q=1", FrenchTypography.text("à 10:30 sur https://example.org/?q=1"));
    }

    @Test
    void htmlKeepsTagsEntitiesAndCodeUntouched() {
        var html = "<p title=\"a : b\">Tom &amp; Jerry ? <code>x ? y : z</code> fin !</p>";
        assertEquals("<p title=\"a : b\">Tom &amp; Jerry\u202F? <code>x ? y : z</code> fin\u202F!</p>", FrenchTypography.html(html));
    }

    @Test
    void rawTagsAreKnownInAnyCaseAndOnlyByTheirWholeName() {
        var html = "<PRE>a ? b</PRE> <Script>c ! d</Script> <codex>e ? f</codex> <scr>g ! h</scr>";
        assertEquals("<PRE>a ? b</PRE> <Script>c ! d</Script> <codex>e\u202F? f</codex> <scr>g\u202F! h</scr>",
                FrenchTypography.html(html));
    }

    @Test
    void aLongTextAndTheShortOnesAfterItAreEachWholeAndOnlyTheirOwn() {
        var piece = "<p>L'accord : oui ! «fin»</p>\n";
        var expected = "<p>L’accord\u00A0: oui\u202F! «\u00A0fin\u00A0»</p>\n";
        int copies = 20_000;
        assertEquals(expected.repeat(copies), FrenchTypography.html(piece.repeat(copies)));
        assertEquals(expected, FrenchTypography.html(piece));
        assertEquals("Vraiment\u202F?", FrenchTypography.text("Vraiment ?"));
        assertEquals("Court", FrenchTypography.text("Court"));
        assertEquals("Vraiment\u202F? Oui".repeat(copies), FrenchTypography.text("Vraiment ? Oui".repeat(copies)));
        assertEquals("Oui\u202F!", FrenchTypography.text("Oui !"));
    }
}
