package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Strings and search documents written by hand are the bytes Jackson's default generator writes. */
class JsonBytesPropertiesTest {

    private static final JsonFactory JSON = new JsonFactory();

    @Test
    void everyCharIsWrittenAsJacksonWritesIt() throws IOException {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            var text = "a" + (char) c + "é";
            assertArrayEquals(jackson(text), new JsonBytes(0).string(text).bytes(), "U+" + Integer.toHexString(c));
        }
    }

    @Property(tries = 2000)
    void stringsAreWrittenAsJacksonWritesThem(@ForAll("texts") String text) throws IOException {
        assertArrayEquals(jackson(text), new JsonBytes(text.length() / 3).string(text).bytes(), text);
    }

    @Property(tries = 500)
    void documentsAreWrittenAsJacksonWroteThem(@ForAll("texts") String title, @ForAll("texts") String text)
            throws IOException {
        var url = "../articles/" + title.length() + "/";
        var expected = jacksonDocument(url, title, "7 octobre 2025", "2025-10-07", text.strip());
        assertArrayEquals(expected, SearchShards.document(url, title, "7 octobre 2025", "2025-10-07", text.toCharArray()));
    }

    @Property(tries = 500)
    void aRangeOfCharsIsWrittenAsItsStringIs(@ForAll("texts") String text, @ForAll int a, @ForAll int b)
            throws IOException {
        int from = Math.floorMod(a, text.length() + 1);
        int to = from + Math.floorMod(b, text.length() - from + 1);
        var chars = text.toCharArray();
        assertArrayEquals(jackson(text.substring(from, to)), new JsonBytes(1).string(chars, from, to).bytes(), text);
    }

    @Provide
    Arbitrary<String> texts() {
        var any = Arbitraries.chars().all().map(String::valueOf);
        // white space of every kind, that a document's text is stripped of at its ends, or keeps
        var pieces = Arbitraries.oneOf(any, Arbitraries.of("\u00A0 ", "\u2003", "\u3000", "\u001C", "\u000B", "l’accord", "été", "Lomé", "«\u00A0", "\u202F;", "\"", "\\",
                "\n", "\t", "\r", "\b", "\f", "\u0000", "\u001F", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF",
                "\uD83D\uDE00", "\uD83D", "\uDE00", "</script>", "&", "x", " "));
        return pieces.list().ofMaxSize(300).map(list -> String.join("", list));
    }

    private static byte[] jackson(String text) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var json = JSON.createGenerator(out)) {
            json.writeString(text);
        }
        return out.toByteArray();
    }

    /** A search document as the generator wrote it before. */
    private static byte[] jacksonDocument(String url, String title, String date, String dateIso, String text)
            throws IOException {
        var out = new ByteArrayOutputStream();
        try (var json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("url", url);
            json.writeStringField("title", title);
            json.writeStringField("date", date);
            json.writeStringField("dateIso", dateIso);
            json.writeStringField("text", text);
            json.writeEndObject();
        }
        return out.toByteArray();
    }
}
