package vn.reviewportal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.model.SiteFile;

class SiteWriterTest {

    @TempDir
    Path dir;

    private static SiteFile file(String path, String text) {
        return new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theNewSiteReplacesTheOldOneWhole() throws IOException {
        Path site = dir.resolve("site");
        new SiteWriter(site).write(List.of(file("index.html", "v1"), file("news/old.html", "old")));
        new SiteWriter(site).write(List.of(file("index.html", "v2")));
        assertEquals("v2", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("news/old.html")), "files of the old site do not linger");
        try (var siblings = Files.list(dir)) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).toList(), "no staging left");
        }
    }

    @Test
    void aFailedWriteLeavesTheOldSiteByteForByte() throws IOException {
        Path site = dir.resolve("site");
        new SiteWriter(site).write(List.of(file("index.html", "v1"), file("a.html", "a")));
        Map<String, String> before = TestFiles.snapshot(site);
        // "a.html" as a file and as a folder cannot both be written.
        assertThrows(IOException.class,
                () -> new SiteWriter(site).write(List.of(file("a.html", "x"), file("a.html/b.html", "y"))));
        assertEquals(before, TestFiles.snapshot(site));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
    }

    @Test
    void aFolderNotWrittenByTheGeneratorIsNeverReplaced() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(documents.resolve("thesis.docx"), "years of work");
        assertThrows(SiteWriter.RefusedException.class, () -> new SiteWriter(documents).write(List.of(file("index.html", "x"))));
        assertEquals("years of work", Files.readString(documents.resolve("thesis.docx")));
    }

    @Test
    void hiddenFilesSuchAsGitkeepAreKept() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve(".gitkeep"), "");
        new SiteWriter(site).write(List.of(file("index.html", "v1")));
        new SiteWriter(site).write(List.of(file("index.html", "v2")));
        assertTrue(Files.exists(site.resolve(".gitkeep")));
        assertTrue(Files.exists(site.resolve(SiteWriter.MARKER)));
    }

    @Test
    void aSwapInterruptedHalfwayIsUndoneByTheNextRun() throws IOException {
        Path site = dir.resolve("site");
        new SiteWriter(site).write(List.of(file("index.html", "v1")));
        // As if killed after moving the old site aside and before moving the new one in.
        Files.move(site, dir.resolve(".site.previous"));
        Files.createDirectories(dir.resolve(".site.staging"));
        new SiteWriter(site).recover();
        assertEquals("v1", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
    }

    @Test
    void hiddenFoldersMoveWithTheSiteAndAKilledRunLeavesThemFindable() throws IOException {
        Path site = dir.resolve("site");
        new SiteWriter(site).write(List.of(file("index.html", "v1")));
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        new SiteWriter(site).write(List.of(file("index.html", "v2")));
        assertEquals("ref: refs/heads/main\n", Files.readString(site.resolve(".git/HEAD")));

        // As if killed after the folder was moved into the staging folder, before the swap.
        Files.createDirectories(dir.resolve(".site.staging"));
        Files.move(site.resolve(".git"), dir.resolve(".site.staging/.git"));
        new SiteWriter(site).recover();
        assertEquals("ref: refs/heads/main\n", Files.readString(site.resolve(".git/HEAD")), "put back into the site");

        // As if killed between the two renames of the swap.
        Files.createDirectories(dir.resolve(".site.staging"));
        Files.move(site.resolve(".git"), dir.resolve(".site.staging/.git"));
        Files.move(site, dir.resolve(".site.previous"));
        new SiteWriter(site).recover();
        assertEquals("v2", Files.readString(site.resolve("index.html")));
        assertEquals("ref: refs/heads/main\n", Files.readString(site.resolve(".git/HEAD")));
        assertFalse(Files.exists(dir.resolve(".site.staging")));
        assertFalse(Files.exists(dir.resolve(".site.previous")));
    }

    @Test
    void aLinkIsNeverReplacedByAFolder() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("site"), real);
        assertThrows(SiteWriter.RefusedException.class, () -> new SiteWriter(link).write(List.of(file("index.html", "x"))));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void pathsLeavingTheSiteAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> file("../x.html", ""));
        assertThrows(IllegalArgumentException.class, () -> file("/etc/x", ""));
        assertThrows(IllegalArgumentException.class, () -> file("a/../../x", ""));
    }
}
