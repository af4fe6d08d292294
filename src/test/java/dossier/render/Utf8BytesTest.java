package dossier.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Chars are encoded to the bytes {@code String.getBytes(UTF_8)} gives, lone surrogates included. */
class Utf8BytesTest {

    @Test
    void asciiIsOneByteAChar() {
        assertSameAsString("<p class=\"x\">Le Togo signe.</p>\n");
    }

    @Test
    void latinOneAccentsAreTwoBytes() {
        assertSameAsString("Lomé, été, «\u00A0à\u00A0» ÿ");
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9}, encoded("é"));
    }

    @Test
    void narrowNoBreakSpaceIsThreeBytes() {
        assertArrayEquals(new byte[] {'a', (byte) 0xE2, (byte) 0x80, (byte) 0xAF, '?'}, encoded("a\u202F?"));
        assertSameAsString("l’accord\u202F; vraiment\u202F!");
    }

    @Test
    void emojiSurrogatePairIsFourBytes() {
        assertArrayEquals(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, encoded("\uD83D\uDE00"));
        assertSameAsString("drapeau \uD83C\uDDEB\uD83C\uDDF7 et \uD83D\uDE00 fin");
    }

    @Test
    void loneSurrogatesAreAQuestionMarkEach() {
        assertArrayEquals(new byte[] {'a', '?', 'b'}, encoded("a\uD83Db"));
        assertArrayEquals(new byte[] {'a', '?', 'b'}, encoded("a\uDE00b"));
        assertSameAsString("\uD83D");
        assertSameAsString("\uDE00\uD83D");
        assertSameAsString("\uD83D\uD83D\uDE00");
        assertSameAsString("fin \uD83D");
    }

    @Test
    void everyCharIsEncodedAsStringEncodesIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertSameAsString("a" + (char) c + "é");
        }
    }

    @Test
    void onlyTheGivenLengthIsEncoded() {
        var chars = "été\uD83D\uDE00 reste".toCharArray();
        assertArrayEquals("été\uD83D".getBytes(StandardCharsets.UTF_8), Utf8Bytes.of(chars, 4));
    }

    @Property(tries = 2000)
    void textsAreEncodedAsStringEncodesThem(@ForAll("texts") String text) {
        assertSameAsString(text);
    }

    @Provide
    Arbitrary<String> texts() {
        var any = Arbitraries.chars().all().map(String::valueOf);
        var pieces = Arbitraries.oneOf(any, Arbitraries.of("l’accord", "été", "Lomé", "«\u00A0", "\u202F;", "<p>",
                "\u0000", "\u007F", "\u0080", "\u07FF", "\u0800", "\uFFFF", "\uD83D\uDE00", "\uD83D", "\uDE00",
                "\uDBFF\uDFFF", "\uD800\uDC00", "x", " "));
        return pieces.list().ofMaxSize(300).map(list -> String.join("", list));
    }

    private static byte[] encoded(String text) {
        return Utf8Bytes.of(text.toCharArray(), text.length());
    }

    private static void assertSameAsString(String text) {
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), encoded(text), text);
    }
}
