package dossier.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.render.OutputFile;
import dossier.render.SitePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path temp;

    private final SiteWriter writer = new SiteWriter();

    @Test
    void rebuildWithOneChangedPageLeavesEveryOtherFileAsItWas() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a"), page("articles/b/", "b")), site);
        for (var file : List.of("index.html", "articles/a/index.html", "articles/b/index.html")) {
            Files.setLastModifiedTime(site.resolve(file), LONG_AGO);
        }
        var inode = Files.readAttributes(site.resolve("articles/b/index.html"), "unix:ino").get("ino");

        var written = writer.write(List.of(page("", "accueil"), page("articles/a/", "a, corrigé"), page("articles/b/", "b")), site);

        assertEquals(new SiteWriter.Written(1, 2), written);
        assertEquals("a, corrigé", Files.readString(site.resolve("articles/a/index.html")));
        assertFalse(LONG_AGO.equals(Files.getLastModifiedTime(site.resolve("articles/a/index.html"))));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site.resolve("index.html")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site.resolve("articles/b/index.html")));
        assertEquals(inode, Files.readAttributes(site.resolve("articles/b/index.html"), "unix:ino").get("ino"));
    }

    @Test
    void fileNoLongerBuiltIsGoneAndNewFileAppears() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a")), site);
        writer.write(List.of(page("", "accueil"), page("articles/c/", "c")), site);
        assertFalse(Files.exists(site.resolve("articles/a")));
        assertEquals("c", Files.readString(site.resolve("articles/c/index.html")));
    }

    @Test
    void rebuildWithNothingChangedWritesNothingAndLeavesNoFolderBeside() throws IOException {
        var site = temp.resolve("site");
        var files = List.of(page("", "accueil"), page("articles/a/", "a"));
        writer.write(files, site);

        assertEquals(new SiteWriter.Written(0, 2), writer.write(files, site));
        assertEquals(List.of("site"), siblings());
        assertEquals("accueil", Files.readString(site.resolve("index.html")));
        assertEquals("a", Files.readString(site.resolve("articles/a/index.html")));
    }

    @Test
    void oldFileWhereTheNewSiteHasAFolderAndOldFolderWhereItHasAFileAreReplaced() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(OutputFile.text(new SitePath("dossiers"), "fichier"), page("archives/", "dossier")), site);

        writer.write(List.of(page("dossiers/", "dossier"), OutputFile.text(new SitePath("archives"), "fichier")), site);

        assertEquals("dossier", Files.readString(site.resolve("dossiers/index.html")));
        assertEquals("fichier", Files.readString(site.resolve("archives")));
    }

    @Test
    void linkInTheOldSiteWhereTheNewSiteWritesIsReplacedAndWhatItPointedToIsLeftAlone() throws IOException {
        var site = temp.resolve("site");
        var outside = siteLinkingOutside(site, "liens", "index.html", "dehors");

        assertEquals(new SiteWriter.Written(1, 1), writer.write(List.of(page("", "accueil"), page("liens/", "dehors")), site));

        assertFalse(Files.isSymbolicLink(site.resolve("liens")));
        assertEquals("dehors", Files.readString(site.resolve("liens/index.html")));
        try (var left = Files.list(outside)) {
            assertEquals(1, left.count());
        }
    }

    @Test
    void commitCutShortByAKillIsFinishedByTheNextBuildEvenIfThatBuildFails() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a"), page("articles/b/", "b")), site);
        leaveCommitCutShort();

        assertThrows(IllegalStateException.class, () -> writer.write(sink -> {
            throw new IllegalStateException("a template failed");
        }, site));

        assertEquals("c", Files.readString(site.resolve("articles/c/index.html")));
        assertEquals("a", Files.readString(site.resolve("articles/a/index.html")));
        assertFalse(Files.exists(site.resolve("articles/b")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void siteWalkedWhileTheContentLoadedIsWrittenAsOneWalkedAtWriteTime() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a"), page("articles/b/", "b")), site);
        Files.setLastModifiedTime(site.resolve("index.html"), LONG_AGO);
        var lookahead = SiteLookahead.start(site);

        var written = writer.write(sink -> List.of(page("", "accueil"), page("articles/a/", "a, corrigé"),
                page("articles/c/", "c")).forEach(sink), lookahead);

        assertEquals(new SiteWriter.Written(2, 1), written);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site.resolve("index.html")));
        assertEquals("a, corrigé", Files.readString(site.resolve("articles/a/index.html")));
        assertEquals("c", Files.readString(site.resolve("articles/c/index.html")));
        assertFalse(Files.exists(site.resolve("articles/b")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void siteWalkedBeforeAKilledBuildsCommitIsFinishedIsWalkedAgain() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a"), page("articles/b/", "b")), site);
        var lookahead = SiteLookahead.start(site);
        // the commit finished before writing brings c and takes b away: the walk made ahead knows neither
        leaveCommitCutShort();

        var written = writer.write(sink -> List.of(page("", "accueil"), page("articles/a/", "a"),
                page("articles/c/", "c")).forEach(sink), lookahead);

        assertEquals(new SiteWriter.Written(0, 3), written);
        assertFalse(Files.exists(site.resolve("articles/b")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void siteThatIsNotThereYetIsWalkedAheadAsEmpty() throws IOException {
        var site = temp.resolve("nouveau/site");
        var lookahead = SiteLookahead.start(site);

        assertEquals(new SiteWriter.Written(1, 0), writer.write(sink -> sink.accept(page("", "accueil")), lookahead));
        assertEquals("accueil", Files.readString(site.resolve("index.html")));
    }

    @Test
    void sameLengthButOtherBytesAreWritten() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "abc")), site);
        assertEquals(new SiteWriter.Written(1, 0), writer.write(List.of(page("", "abd")), site));
        assertEquals("abd", Files.readString(site.resolve("index.html")));
    }

    @Test
    void signedFileTheSiteHoldsIsKeptWithoutBeingMadeAndOneItDoesNotIsMade() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(signed("a.png", "HEAD-a", "body a", "END"), signed("b.png", "HEAD-b", "body b", "END")), site);
        Files.setLastModifiedTime(site.resolve("a.png"), LONG_AGO);

        var never = OutputFile.signed(new SitePath("a.png"), signature("HEAD-a", "END"), () -> {
            throw new AssertionError("a file the site holds is made again");
        });
        var written = writer.write(List.of(never, signed("b.png", "HEAD-c", "body c", "END")), site);

        assertEquals(new SiteWriter.Written(1, 1), written);
        assertEquals("HEAD-abody aEND", Files.readString(site.resolve("a.png")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(site.resolve("a.png")));
        assertEquals("HEAD-cbody cEND", Files.readString(site.resolve("b.png")));
    }

    @Test
    void signedFileIsMadeWhenTheSitesCopyLacksItsEndOrIsShorterThanItsSignature() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "HEAD-a cut sho"), new OutputFile(new SitePath("b.png"), "HEAD".getBytes(StandardCharsets.UTF_8))), site);

        var written = writer.write(List.of(signed("index.html", "HEAD-a", " whole", "END"), signed("b.png", "HEAD", "", "END")), site);

        assertEquals(new SiteWriter.Written(2, 0), written);
        assertEquals("HEAD-a wholeEND", Files.readString(site.resolve("index.html")));
        assertEquals("HEADEND", Files.readString(site.resolve("b.png")));
    }

    @Test
    void failedWriteLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a")), site);
        Files.createDirectories(temp.resolve(".site-build-dead0000/articles"));
        // A page whose folder is taken by a file cannot be written: the build fails half-way.
        var clash = List.of(page("", "nouveau"), page("articles/", "x"), page("articles/index.html/", "y"));
        assertThrows(IOException.class, () -> writer.write(clash, site));

        assertEquals("accueil", Files.readString(site.resolve("index.html")));
        assertEquals("a", Files.readString(site.resolve("articles/a/index.html")));
        try (var siblings = Files.list(temp)) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void filesHandedFromManyThreadsAtOnceAreAllWritten() throws IOException {
        var site = temp.resolve("site");
        var written = writer.write(sink -> IntStream.range(0, 200).parallel()
                .forEach(i -> sink.accept(page("articles/a" + i + "/", "article " + i))), site);

        assertEquals(new SiteWriter.Written(200, 0), written);
        assertEquals("article 137", Files.readString(site.resolve("articles/a137/index.html")));
        try (var folders = Files.list(site.resolve("articles"))) {
            assertEquals(200, folders.count());
        }
    }

    @Test
    void manyFilesInDeepFoldersFromManyThreadsAreAllWrittenThenKeptOnRebuild() throws IOException {
        var site = temp.resolve("site");
        List<OutputFile> files = IntStream.range(0, 300)
                .mapToObj(i -> page("tags/t" + (i % 7) + "/page/" + (i % 13) + "/a" + i + "/", "article " + i)).toList();
        assertEquals(new SiteWriter.Written(300, 0), writer.write(files, site));
        assertEquals("article 299", Files.readString(site.resolve("tags/t5/page/0/a299/index.html")));

        assertEquals(new SiteWriter.Written(0, 300), writer.write(files, site));
        assertEquals("article 299", Files.readString(site.resolve("tags/t5/page/0/a299/index.html")));
    }

    @Test
    void replacedSiteHoldingALinkToAFolderOutsideLeavesThatFolderWhole() throws IOException {
        var site = temp.resolve("site");
        var outside = siteLinkingOutside(site, "outside", "keep.txt", "kept");

        writer.write(List.of(page("", "accueil")), site);

        assertFalse(Files.exists(site.resolve("outside"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertEquals("kept", Files.readString(outside.resolve("keep.txt")));
    }

    @Test
    void renderFailingMidStreamLeavesThePreviousSiteAndNoStagingFolder() throws IOException {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil"), page("articles/a/", "a")), site);
        var broken = new IllegalStateException("a template failed");

        var thrown = assertThrows(IllegalStateException.class, () -> writer.write(sink -> {
            sink.accept(page("", "nouvel accueil"));
            sink.accept(page("articles/b/", "b"));
            throw broken;
        }, site));

        assertSame(broken, thrown);
        assertEquals("accueil", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("articles/b")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void failedRenderWaitsForTheWritesStillUnderWayBeforeRemovingItsFolder() throws Exception {
        var site = temp.resolve("site");
        writer.write(List.of(page("", "accueil")), site);
        var caller = Thread.currentThread();
        var writing = new CountDownLatch(1);
        var failing = new CountDownLatch(1);
        // made once the failed render waits again (for this write, or, were it not waiting, for the thread's end):
        // written into a removed staging folder, it would bring the folder back
        var late = OutputFile.made(new SitePath("tard/"), () -> {
            writing.countDown();
            await(failing);
            for (int i = 0; i < 10_000 && caller.getState() != Thread.State.WAITING; i++) {
                sleep();
            }
            return "tard".getBytes(StandardCharsets.UTF_8);
        });
        var straggler = new Thread[1];
        assertThrows(IllegalStateException.class, () -> writer.write(sink -> {
            straggler[0] = new Thread(() -> sink.accept(late));
            straggler[0].start();
            await(writing);
            failing.countDown();
            throw new IllegalStateException("a template failed");
        }, site));
        straggler[0].join();

        assertEquals("accueil", Files.readString(site.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void fileHandedAfterTheWriteEndedIsRefused() throws IOException {
        var site = temp.resolve("site");
        var kept = new AtomicReference<Consumer<OutputFile>>();
        writer.write(sink -> {
            kept.set(sink);
            sink.accept(page("", "accueil"));
        }, site);

        assertThrows(IllegalStateException.class, () -> kept.get().accept(page("articles/tard/", "tard")));
        assertFalse(Files.exists(site.resolve("articles")));
        assertEquals(List.of("site"), siblings());
    }

    /** Builds {@code site}, then puts in it a link named {@code link} to a folder outside holding one file; returns that folder. */
    private Path siteLinkingOutside(Path site, String link, String file, String text) throws IOException {
        var outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve(file), text);
        writer.write(List.of(page("", "accueil")), site);
        Files.createSymbolicLink(site.resolve(link), outside);
        return outside;
    }

    /** What a build killed while committing leaves beside the site: c still staged, b listed for removal. */
    private static OutputFile signed(String path, String head, String body, String tail) {
        var bytes = (head + body + tail).getBytes(StandardCharsets.UTF_8);
        return OutputFile.signed(new SitePath(path), signature(head, tail), () -> bytes);
    }

    private static OutputFile.Signature signature(String head, String tail) {
        return new OutputFile.Signature(head.getBytes(StandardCharsets.UTF_8), tail.getBytes(StandardCharsets.UTF_8));
    }

    private void leaveCommitCutShort() throws IOException {
        var committing = temp.resolve(".site-commit-dead0000");
        Files.createDirectories(committing.resolve("files/articles/c"));
        Files.writeString(committing.resolve("files/articles/c/index.html"), "c");
        Files.writeString(committing.resolve("remove"), "articles/b/index.html\0articles/b/\0");
    }

    private List<String> siblings() throws IOException {
        try (var siblings = Files.list(temp)) {
            return siblings.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OutputFile page(String path, String text) {
        return OutputFile.text(new SitePath(path), text);
    }
}
