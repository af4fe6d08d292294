package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page written into the thread's writer comes out as the text written and its UTF-8 bytes. */
class PageWriterTest {

    @Test
    void everyWayPebbleWritesEndsUpInThePage() {
        var out = PageWriter.take();
        try {
            out.write("<p>Lomé");
            out.write('\u202F');
            out.write("x?!y", 1, 2);
            out.write("«\u00A0»".toCharArray(), 0, 2);
            out.append("\uD83D\uDE00");
            out.append(null);
            out.writeSpecialized(42);
            out.writeSpecialized(-7L);
            out.writeSpecialized(1.5);
            out.writeSpecialized(0.25f);
            out.writeSpecialized((short) 3);
            out.writeSpecialized((byte) 9);
            out.writeSpecialized('é');
            out.writeSpecialized("</p>");
            var expected = "<p>Lomé\u202F?!«\u00A0\uD83D\uDE00null42-71.50.2539é</p>";
            assertEquals(expected, out.toString());
            assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.utf8());
        } finally {
            out.giveBack();
        }
    }

    @Test
    void aWriterGivenBackIsTheThreadsNextOneAndStartsEmpty() {
        var first = PageWriter.take();
        first.write("première page");
        first.giveBack();
        var second = PageWriter.take();
        try {
            assertSame(first, second);
            assertEquals("", second.toString());
            assertArrayEquals(new byte[0], second.utf8());
        } finally {
            second.giveBack();
        }
    }

    @Test
    void aPageLargerThanTheKeptBufferIsWholeAndItsBufferIsNotKept() {
        var line = "<p>L’accord de Lomé\u202F; l’été \uD83D\uDE00 «\u00A0fin\u00A0»</p>\n";
        var page = new StringBuilder();
        var out = PageWriter.take();
        while (page.length() <= 2 << 20) {
            out.write(line);
            page.append(line);
        }
        assertArrayEquals(page.toString().getBytes(StandardCharsets.UTF_8), out.utf8());
        out.giveBack();
        var next = PageWriter.take();
        try {
            assertNotSame(out, next);
        } finally {
            next.giveBack();
        }
    }

    @Test
    void aRenderInsideARenderGetsAWriterOfItsOwn() {
        var outer = PageWriter.take();
        var inner = PageWriter.take();
        try {
            outer.write("dehors");
            inner.write("dedans");
            assertNotSame(outer, inner);
            assertEquals("dehors", outer.toString());
            assertEquals("dedans", inner.toString());
        } finally {
            inner.giveBack();
            outer.giveBack();
        }
    }
}
