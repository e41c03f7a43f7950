package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

class PublishTest {

    @TempDir
    Path work;

    private int portal(String... args) {
        return Cli.run(work, args).status();
    }

    @Test
    void publishSwapsTheWholeSiteInAndRollbackPutsTheOldOneBack() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        Files.createDirectories(work.resolve("www/portal"));
        Files.writeString(work.resolve("www/portal/.htaccess"), "Options -Indexes\n");
        assertEquals(0, portal("build"));
        assertEquals(0, portal("publish", "--to", "www/portal"));
        Map<String, String> first = TestFiles.snapshot(work.resolve("www/portal"));
        Map<String, String> built = TestFiles.snapshot(work.resolve("site"));
        built.keySet().forEach(path -> assertEquals(built.get(path), first.get(path), path));
        assertTrue(first.containsKey(".htaccess"), "the server's own hidden files stay");

        Path site = work.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site).replace("title: Kết quả kiểm điểm", "title: Kết quả kiểm điểm mới"));
        assertEquals(0, portal("build"));
        assertEquals(0, portal("publish", "--to", "www/portal"));
        assertTrue(Files.readString(work.resolve("www/portal/index.html")).contains("Kết quả kiểm điểm mới"));

        assertEquals(0, portal("publish", "--to", "www/portal", "--rollback"));
        assertEquals(first, TestFiles.snapshot(work.resolve("www/portal")), "the first publication, exactly");
        assertEquals(0, portal("publish", "--to", "www/portal", "--rollback"), "and forward again");
        assertTrue(Files.readString(work.resolve("www/portal/index.html")).contains("Kết quả kiểm điểm mới"));
    }

    @Test
    void aFolderThatIsNotAPublishedPortalIsNeverReplaced() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, portal("build"));
        Files.createDirectories(work.resolve("www/other"));
        Files.writeString(work.resolve("www/other/index.php"), "<?php // another application");
        Cli.Run other = Cli.run(work, "publish", "--to", "www/other");
        assertEquals(1, other.status());
        assertEquals("www/other: error[OUTPUT-FAILED]: " + work.resolve("www/other") + " exists and was not written "
                + "by review-portal; name an empty or new folder, or delete it first\n", other.err());
        assertEquals("<?php // another application", Files.readString(work.resolve("www/other/index.php")));
        Cli.Run rollback = Cli.run(work, "publish", "--to", "www/new", "--rollback");
        assertEquals(1, rollback.status(), "nothing to roll back to");
        assertEquals("www/new: error[NO-EARLIER-VERSION]: there is no earlier version of www/new to put back\n",
                rollback.err());
    }
}
