package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/**
 * "site/ is up to date" is said only where a full build would say exactly what it said last
 * time: an entry of the content that is not a file the build can read, and a page of the site
 * changed by hand, make a build run in full.
 */
class UpToDateShortcutTest {

    @TempDir
    Path work;

    @BeforeEach
    void buildOnce() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, Cli.run(work, "build").status());
        assertTrue(Cli.run(work, "build").out().startsWith("site/ is up to date"), "nothing changed yet");
    }

    /** The second build says what the check says, and neither says "up to date". */
    private void buildSaysWhatCheckSays(String expectedLine) {
        Cli.Run check = Cli.run(work, "check");
        Cli.Run build = Cli.run(work, "build");
        assertEquals(1, build.status(), build.out() + build.err());
        assertTrue(build.err().contains(expectedLine + "\n"), build.err());
        assertTrue(check.err().contains(expectedLine + "\n"), check.err());
        assertEquals("", build.out());
    }

    @Test
    void aFolderWhereAPeriodFileShouldBe() throws IOException {
        Files.createDirectories(work.resolve("content/periods/2013.yaml"));
        buildSaysWhatCheckSays("content/periods/2013.yaml: error[UNREADABLE]: this is a folder, not a file");
    }

    @Test
    void aLinkToNowhereWhereAnArticleShouldBe() throws IOException {
        Files.createSymbolicLink(work.resolve("content/articles/2013-06-01-bai-moi.md"), Path.of("/mnt/khong-co/bai.md"));
        buildSaysWhatCheckSays("content/articles/2013-06-01-bai-moi.md: error[UNREADABLE]: this is a link to a file that does "
                + "not exist");
    }

    @Test
    void aPipeWhereAnArticleShouldBe() throws Exception {
        Path pipe = work.resolve("content/articles/2013-06-01-ong-dan.md");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made no pipe");
        buildSaysWhatCheckSays("content/articles/2013-06-01-ong-dan.md: error[UNREADABLE]: this is not an ordinary file "
                + "but a device, a pipe or a socket, which has no text to read");
    }

    @Test
    void anEmptySubfolderOfTheArticlesIsReportedAgain() throws IOException {
        Files.createDirectories(work.resolve("content/articles/anh"));
        Cli.Run build = Cli.run(work, "build");
        assertEquals(0, build.status(), build.err());
        assertTrue(build.err().contains("content/articles/anh: warning[IGNORED-FILE]: this folder is not read\n"),
                build.err());
        assertTrue(build.out().startsWith("built site/"), build.out());
    }

    @Test
    void aPageChangedByHandToTheSameSizeIsWrittenAgain() throws IOException {
        Path page = work.resolve("site/periods/2012.html");
        byte[] built = Files.readAllBytes(page);
        String edited = new String(built, StandardCharsets.UTF_8).replaceFirst("<h1", "<h2");
        assertEquals(built.length, edited.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(page, edited, StandardCharsets.UTF_8);
        Cli.Run build = Cli.run(work, "build");
        assertEquals(0, build.status(), build.err());
        assertTrue(build.out().startsWith("built site/"), build.out());
        assertArrayEquals(built, Files.readAllBytes(page), "the page is the built one again");
        assertTrue(Cli.run(work, "build").out().startsWith("site/ is up to date"), "and then it is up to date");
    }

    @Test
    void aLinkOutOfTheTemplatesFolderIsSeenButNeverWalked() throws IOException {
        Files.createDirectories(work.resolve("templates/assets"));
        assertTrue(Cli.run(work, "build").out().startsWith("built site/"), "a new, empty templates folder");
        Files.createSymbolicLink(work.resolve("templates/assets/o-dia"), Path.of("/"));
        Cli.Run build = Cli.run(work, "build");
        assertEquals(1, build.status(), build.out() + build.err());
        assertTrue(build.err().startsWith("templates/assets/o-dia: error[TEMPLATE-OUTSIDE]: templates/assets/o-dia is a "
                + "link to /, outside the templates folder; it is not published\n"), build.err());
    }

    @Test
    void aLinkPutIntoAFrozenSnapshotIsSeen() throws IOException {
        assertEquals(0, Cli.run(work, "archive", "2012", "--date", "2013-12-31").status());
        assertTrue(Cli.run(work, "build").out().startsWith("built site/"), "the snapshot is published");
        assertTrue(Cli.run(work, "build").out().startsWith("site/ is up to date"));
        Files.createSymbolicLink(work.resolve("archive/2012/assets/he-thong"), Path.of("/etc"));
        Cli.Run build = Cli.run(work, "build");
        assertEquals(1, build.status(), build.out() + build.err());
        assertTrue(build.err().startsWith("archive/2012/assets/he-thong: error[ARCHIVE-LINK]"), build.err());
    }
}
