package dossier.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dossier.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {

    @TempDir
    Path temp;

    @Test
    void utf8TextIsReadWithItsByteOrderMarkDroppedAndItsLineEndsMadeLf() throws IOException {
        assertEquals("L’accord « signé »\nà Lomé\n", read("\uFEFFL’accord « signé »\r\nà Lomé\r".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void textThatWritesTheReplacementCharacterItselfIsKept() throws IOException {
        assertEquals("un signe \uFFFD inconnu", read("un signe \uFFFD inconnu".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void latin1BytesAreAProblemNamingTheFirstBadByte() throws IOException {
        var problems = new ArrayList<Problem>();
        assertNull(read("Lomé, été".getBytes(StandardCharsets.ISO_8859_1), problems));
        assertEquals("not UTF-8 (byte 4)", problems.get(0).message());
    }

    @Test
    void aBadSequenceAfterAReplacementCharacterIsStillFound() throws IOException {
        var bytes = ("\uFFFD ok ").getBytes(StandardCharsets.UTF_8);
        var withCut = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        withCut[bytes.length] = (byte) 0xC3; // the first byte of "é", cut off at the end of the file
        var problems = new ArrayList<Problem>();
        assertNull(read(withCut, problems));
        assertEquals("not UTF-8 (byte " + (bytes.length + 1) + ")", problems.get(0).message());
    }

    private String read(byte[] bytes) throws IOException {
        var problems = new ArrayList<Problem>();
        var file = read(bytes, problems);
        assertEquals(List.of(), problems);
        return file.text();
    }

    private TextFile read(byte[] bytes, List<Problem> problems) throws IOException {
        var path = Files.write(temp.resolve("a.md"), bytes);
        return TextFile.read(path, Path.of("content/articles/a.md"), problems);
    }
}
