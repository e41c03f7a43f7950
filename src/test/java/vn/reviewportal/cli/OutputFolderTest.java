package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.output.OutputLock;

/**
 * Where a build, a publish and a freeze write, as the people who run them meet it: a folder
 * named by a link, the root of the disk by mistake, a deployment checkout with its own hidden
 * folders, and another command that is writing the same folder at the same time.
 */
class OutputFolderTest {

    @TempDir
    Path work;

    @BeforeEach
    void copyTheDefaultContent() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
    }

    @Test
    void theRootOfTheDiskIsAUsageErrorNotAnInternalOne() {
        Cli.Run run = Cli.run(work, "build", "--out", "/");
        assertEquals(2, run.status(), run.err());
        assertEquals("portal build: / is the root of the file system, which cannot hold a site; name a folder of its "
                + "own, e.g. --out site\n", run.err());
        Cli.Run publish = Cli.run(work, "publish", "--to", "/");
        assertEquals(2, publish.status(), publish.err());
        assertTrue(publish.err().startsWith("portal publish: / is the root of the file system"), publish.err());
    }

    @Test
    void aLinkNamedAsTheOutputIsFollowedAndSaidSo() throws IOException {
        Path served = Files.createDirectories(work.resolve("www/portal-2013"));
        Files.createSymbolicLink(work.resolve("site"), Path.of("www/portal-2013"));
        Cli.Run run = Cli.run(work, "build");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().startsWith("note: site is a symbolic link to " + served.toRealPath()
                + "; the site is written there\n"), run.err());
        assertTrue(Files.isSymbolicLink(work.resolve("site")), "the link stays a link");
        assertTrue(Files.isRegularFile(served.resolve("index.html")), "the folder the web server serves is the new site");

        Path published = Files.createDirectories(work.resolve("srv/portal"));
        Files.createSymbolicLink(work.resolve("current"), published);
        Cli.Run publish = Cli.run(work, "publish", "--to", "current");
        assertEquals(0, publish.status(), publish.err());
        assertTrue(publish.err().startsWith("note: current is a symbolic link to " + published.toRealPath()), publish.err());
        assertTrue(Files.isSymbolicLink(work.resolve("current")));
        assertTrue(Files.isRegularFile(published.resolve("index.html")));
    }

    @Test
    void aLinkThatLeadsNowhereIsRefusedAndNothingIsWritten() throws IOException {
        Files.createSymbolicLink(work.resolve("site"), Path.of("/mnt/review-portal-not-mounted/portal"));
        Cli.Run run = Cli.run(work, "build");
        assertEquals(2, run.status(), run.err());
        assertEquals("portal build: site is a symbolic link to /mnt/review-portal-not-mounted/portal, which does not "
                + "exist (is the drive or share mounted?); make the link lead to a folder, or name the folder itself\n",
                run.err());
        assertTrue(Files.isSymbolicLink(work.resolve("site")));
        try (var entries = Files.list(work)) {
            assertEquals(java.util.Set.of("content", "site"),
                    entries.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void hiddenFoldersOfTheOutputSurviveEveryRebuildAndPublish() throws IOException {
        Path site = Files.createDirectories(work.resolve("site"));
        Files.createDirectories(site.resolve(".git/refs"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertEquals(0, Cli.run(work, "build").status(), "a folder holding only hidden entries may become the site");
        assertEquals(0, Cli.run(work, "build", "--rebuild").status());
        assertEquals("ref: refs/heads/main\n", Files.readString(site.resolve(".git/HEAD")), "the deployment checkout stays");

        Path www = Files.createDirectories(work.resolve("www"));
        Files.createDirectories(www.resolve(".well-known/acme-challenge"));
        Files.writeString(www.resolve(".well-known/acme-challenge/token"), "token");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, Cli.run(work, "publish", "--to", "www").status());
            assertEquals("token", Files.readString(www.resolve(".well-known/acme-challenge/token")), "publish " + (i + 1));
        }
        assertEquals(0, Cli.run(work, "publish", "--to", "www", "--rollback").status());
        assertEquals("token", Files.readString(www.resolve(".well-known/acme-challenge/token")), "after a rollback");
        assertFalse(Files.exists(www.resolve(".git")), "the site's own checkout is not published");
    }

    @Test
    void aSiteHoldingALinkIsNotPublished() throws IOException {
        assertEquals(0, Cli.run(work, "build").status());
        Path secret = Files.writeString(work.resolve("secret.txt"), "mật khẩu");
        Files.createSymbolicLink(work.resolve("site/assets/secret.txt"), secret);
        Cli.Run run = Cli.run(work, "publish", "--to", "www");
        assertEquals(1, run.status(), run.err());
        assertEquals("site/assets/secret.txt: error[NOT-BUILT]: site/ holds what a build never writes, which is not "
                + "published\n      = hint: run 'portal build --rebuild' to write the site afresh\n", run.err());
        assertFalse(Files.exists(work.resolve("www")), "nothing was published");
    }

    @Test
    void aCommandThatFindsTheFolderBusyWaitsOrSaysSoAndChangesNothing() throws Exception {
        assertEquals(0, Cli.run(work, "build").status());
        Map<String, String> before = TestFiles.snapshot(work.resolve("site"));
        try (OutputLock other = OutputLock.acquire(work.resolve("site"), "site/", "build", Duration.ZERO, message -> { })) {
            Cli.Run build = Cli.run(work, "build", "--rebuild", "--wait", "0");
            assertEquals(1, build.status(), build.err());
            assertTrue(build.err().startsWith("portal build: site/ is still being changed by another command (portal "
                    + "build, process " + ProcessHandle.current().pid() + ") after waiting 0 s"), build.err());
            assertTrue(build.err().endsWith("; site/ was not changed\n"), build.err());

            Cli.Run publish = Cli.run(work, "publish", "--to", "www", "--wait", "0");
            assertEquals(1, publish.status(), publish.err());
            assertTrue(publish.err().contains("portal publish: site is still being changed by another command"),
                    publish.err());
            assertFalse(Files.exists(work.resolve("www")));

            Cli.Run archive = Cli.run(work, "archive", "2012", "--wait", "0");
            assertEquals(1, archive.status(), archive.err());
            assertTrue(archive.err().startsWith("portal archive: site is still being changed by another command"),
                    archive.err());
            assertTrue(archive.err().endsWith("; nothing was frozen\n"), archive.err());
            assertFalse(Files.exists(work.resolve("archive/2012")));
        }
        assertEquals(before, TestFiles.snapshot(work.resolve("site")));
        assertEquals(0, Cli.run(work, "build", "--rebuild", "--wait", "0").status(), "free again once the other is done");
    }
}
