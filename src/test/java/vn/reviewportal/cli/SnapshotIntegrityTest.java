package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;
import vn.reviewportal.diag.Diagnostics;

/**
 * Nothing from outside the content, templates and archive folders reaches the site or a
 * snapshot: a build checks every snapshot file against its manifest before publishing it, and
 * neither the build nor 'portal archive' follows a symbolic link. A secret file and folder sit
 * beside the project; the tests make a snapshot, or the site, point at them, or tamper with a
 * snapshot: the build (or the freeze) then fails and names each file, the site stays byte for
 * byte as it was, and the secret is nowhere under site/ or archive/.
 */
class SnapshotIntegrityTest {

    private static final String SECRET = "mật khẩu của máy chủ: không bao giờ được công bố";
    private static final String RESTORE = "= hint: restore archive/2012/ from version control or from "
            + "archive/2012.zip; 'portal verify archive' lists every problem";

    @TempDir
    Path work;

    private Map<String, String> site;

    private Cli.Run portal(String... args) {
        return Frozen.portal(work, args);
    }

    @BeforeEach
    void freezeAndKeepASecretOutside() throws IOException {
        Frozen.buildAndFreeze(work);
        Files.createDirectories(work.resolve("outside/folder"));
        Files.writeString(work.resolve("outside/secret.txt"), SECRET);
        Files.writeString(work.resolve("outside/folder/secret.html"), "<p>" + SECRET + "</p>");
        site = TestFiles.snapshot(work.resolve("site"));
    }

    @Test
    void aTableThatIsNoTableButSealedAgainIsPublishedAsFrozenNotAnInternalError() throws IOException {
        String table = "data/2012/organizations.json";
        Path frozen = work.resolve("archive/2012/" + table);
        String before = TestFiles.sha256(Files.readAllBytes(frozen));
        byte[] notJson = "{ không phải bảng".getBytes(StandardCharsets.UTF_8);
        Files.write(frozen, notJson);
        String after = TestFiles.sha256(notJson);
        for (String name : List.of("manifest.json", "SHA256SUMS")) {
            Path file = work.resolve("archive/2012/" + name);
            String text = Files.readString(file, StandardCharsets.UTF_8).replace(before, after);
            if (name.equals("manifest.json")) { // its size too, as one who seals it again by hand would
                text = text.replaceFirst("(\"path\" : \"" + table + "\",\\s*\"size\" : )\\d+", "$1" + notJson.length);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        Cli.Run build = portal("build");
        assertEquals(0, build.status(), build.err());
        assertEquals("{ không phải bảng", Files.readString(work.resolve("site/archive/2012/" + table)));
    }

    @Test
    void aFileReplacedByALinkToAFileOutsideIsNamedAndNeverFollowed() throws IOException {
        Path style = work.resolve("archive/2012/assets/style.css");
        Files.delete(style);
        Files.createSymbolicLink(style, work.resolve("outside/secret.txt"));
        Files.createSymbolicLink(work.resolve("archive/2012/assets/passwd"), work.resolve("outside/secret.txt"));

        assertBuildRefuses("archive/2012/assets/passwd: error[ARCHIVE-LINK]: a symbolic link (to "
                        + work.resolve("outside/secret.txt") + "); a snapshot holds only files, and this is never "
                        + "followed, read or published",
                "archive/2012/assets/style.css: error[ARCHIVE-LINK]: a symbolic link (to ");
        Cli.Run verify = portal("verify");
        assertEquals(1, verify.status());
        assertTrue(verify.err().contains("archive/2012/assets/style.css: error[ARCHIVE-LINK]: a symbolic link (to "), verify.err());
        assertTrue(verify.err().contains("archive/2012/assets/passwd: error[ARCHIVE-LINK]: a symbolic link (to "), verify.err());
    }

    @Test
    void aLinkToAFolderOutsideIsNamedAndNeverFollowed() throws IOException {
        Files.createSymbolicLink(work.resolve("archive/2012/extra"), work.resolve("outside/folder"));

        assertBuildRefuses("archive/2012/extra: error[ARCHIVE-LINK]: a symbolic link (to "
                + work.resolve("outside/folder") + ")");
        Cli.Run verify = portal("verify");
        assertEquals(1, verify.status());
        assertTrue(verify.err().contains("archive/2012/extra: error[ARCHIVE-LINK]: a symbolic link"), verify.err());
        assertFalse(verify.err().contains("secret.html"), "not listed through the link either: " + verify.err());
    }

    @Test
    void aSnapshotFolderThatIsALinkIsNamedAndNeverFollowed() throws IOException {
        TestFiles.copyTree(work.resolve("archive/2012"), work.resolve("outside/2013"));
        Files.writeString(work.resolve("outside/2013/secret.txt"), SECRET);
        Files.createSymbolicLink(work.resolve("archive/2013"), work.resolve("outside/2013"));

        assertBuildRefuses("archive/2013: error[ARCHIVE-LINK]: a symbolic link; a snapshot is a folder of files, "
                + "and a link is never followed, read or published");
        Cli.Run verify = portal("verify");
        assertEquals(1, verify.status());
        assertTrue(verify.err().startsWith("archive/2013: error[ARCHIVE-LINK]: a symbolic link"), verify.err());
    }

    @Test
    void onlyAFolderNamedAfterAYearIsPublished() throws IOException {
        TestFiles.copyTree(work.resolve("archive/2012"), work.resolve("archive/2012-copy"));
        Cli.Run build = portal("build");
        assertEquals(0, build.status(), build.err());
        try (Stream<Path> published = Files.list(work.resolve("site/archive"))) {
            assertEquals(List.of("2012", "index.html"),
                    published.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String index = Files.readString(work.resolve("site/archive/index.html"));
        assertEquals(1, index.split("href=\"2012/index.html\"", -1).length - 1, "listed once: " + index);
        Cli.Run verify = portal("verify");
        assertEquals(0, verify.status(), verify.err());
        assertTrue(verify.out().contains("archive/2012-copy: intact"), "verify checks any snapshot: " + verify.out());
    }

    @Test
    void aChangedByteOfAPageIsNamedWithWhatToDo() throws IOException {
        Path page = work.resolve("archive/2012/periods/2012.html");
        byte[] bytes = Files.readAllBytes(page);
        bytes[bytes.length / 2] ^= 1;
        Files.write(page, bytes);

        assertBuildRefuses("archive/2012/periods/2012.html: error[ARCHIVE-CHANGED]: changed since it was frozen "
                + "(SHA-256 ", RESTORE);
    }

    @Test
    void aFileNotInTheManifestIsNamedAndNotPublished() throws IOException {
        Files.writeString(work.resolve("archive/2012/assets/extra.js"), "alert('" + SECRET + "')");

        assertBuildRefuses("archive/2012/assets/extra.js: error[ARCHIVE-EXTRA-FILE]: extra (not in the manifest)",
                RESTORE);
    }

    @Test
    void aListedFileThatIsMissingIsNamed() throws IOException {
        Files.delete(work.resolve("archive/2012/feed.xml"));

        assertBuildRefuses("archive/2012/feed.xml: error[ARCHIVE-MISSING-FILE]: missing (the manifest lists it)",
                RESTORE);
    }

    @Test
    void aChecksumFileThatDisagreesWithTheManifestIsNamed() throws IOException {
        Path sums = work.resolve("archive/2012/SHA256SUMS");
        String text = Files.readString(sums);
        Files.writeString(sums, (text.charAt(0) == '0' ? "1" : "0") + text.substring(1));

        assertBuildRefuses("archive/2012/SHA256SUMS: error[ARCHIVE-CHANGED]: does not match archive/2012/manifest.json");
    }

    /** Listed in the manifest and in SHA256SUMS as if frozen, but no build writes such a name. */
    @Test
    void aFileNameTheBuildNeverWritesIsNotPublishedEvenWhenListed() throws IOException {
        String name = "tài liệu.html";
        byte[] page = "<p>thêm vào sau</p>".getBytes(StandardCharsets.UTF_8);
        Files.write(work.resolve("archive/2012/" + name), page);
        Path manifest = work.resolve("archive/2012/manifest.json");
        String json = Files.readString(manifest);
        int end = json.lastIndexOf("} ]");
        Files.writeString(manifest, json.substring(0, end) + "}, {\n    \"path\" : \"" + name + "\",\n    \"size\" : "
                + page.length + ",\n    \"sha256\" : \"" + TestFiles.sha256(page) + "\"\n  " + json.substring(end));
        Path sums = work.resolve("archive/2012/SHA256SUMS");
        Files.writeString(sums, Files.readString(sums) + TestFiles.sha256(page) + "  " + name + "\n");

        assertBuildRefuses("archive/2012/" + name + ": error[ARCHIVE-BAD-NAME]: a file name the build never writes, "
                + "so it is not published");
    }

    @Test
    void everyProblemIsReportedAtOnceUpToALimit() throws IOException {
        Files.delete(work.resolve("archive/2012/feed.xml"));
        Files.writeString(work.resolve("archive/2012/index.html"), "<p>changed</p>");
        Files.createSymbolicLink(work.resolve("archive/2012/extra"), work.resolve("outside/folder"));
        assertBuildRefuses("archive/2012/feed.xml: error[ARCHIVE-MISSING-FILE]",
                "archive/2012/index.html: error[ARCHIVE-CHANGED]", "archive/2012/extra: error[ARCHIVE-LINK]",
                "build failed: 3 errors");

        for (int i = 0; i < 100; i++) {
            Files.writeString(work.resolve("archive/2012/extra-" + i + ".html"), SECRET);
        }
        Cli.Run build = assertBuildRefuses("error[ARCHIVE-MORE-PROBLEMS]: the build stopped checking the archive "
                + "after 40 problems; there may be more", "= hint: 'portal verify archive' lists every one");
        assertEquals(40, build.err().split("error\\[ARCHIVE-(LINK|CHANGED|MISSING-FILE|EXTRA-FILE)]", -1).length - 1,
                build.err());
        Cli.Run verify = portal("verify");
        assertTrue(verify.err().endsWith("verify failed: 103 problems\n"), "verify lists them all: " + verify.err());
    }

    @Test
    void aLinkInTheSiteIsNeverFrozen() throws IOException {
        Map<String, String> archive = TestFiles.snapshot(work.resolve("archive"));
        Files.createSymbolicLink(work.resolve("site/assets/secret.txt"), work.resolve("outside/secret.txt"));
        Files.createSymbolicLink(work.resolve("site/extra"), work.resolve("outside/folder"));

        for (String[] args : List.of(new String[] {"archive", "2013", "--zip"},
                new String[] {"archive", "2012", "--force", "--zip"})) {
            Cli.Run freeze = portal(args);
            assertEquals(1, freeze.status(), freeze.err());
            String hint = "      = hint: site holds what 'portal build' never writes, and a link is never followed, "
                    + "so it is not frozen; remove them, run 'portal build' and freeze again\n";
            assertEquals("site/assets/secret.txt: error[NOT-BUILT]: a symbolic link (to "
                    + work.resolve("outside/secret.txt") + ")\n" + hint
                    + "site/extra: error[NOT-BUILT]: a symbolic link (to " + work.resolve("outside/folder") + ")\n"
                    + hint, freeze.err());
            Frozen.assertNoInternals(freeze);
        }
        assertEquals(archive, TestFiles.snapshot(work.resolve("archive")), "nothing frozen, nothing moved aside");
        assertSecretNowhereUnder(work.resolve("archive"));
    }

    /** Each link is a diagnostic of its own, and as many are shown as of a build's: the rest are counted. */
    @Test
    void aFreezeRefusedForManyLinksShowsAsManyAsABuildWould() throws IOException {
        for (int i = 0; i < Diagnostics.SHOWN + 7; i++) {
            Files.createSymbolicLink(work.resolve("site/link-" + (100 + i) + ".html"), work.resolve("outside/secret.txt"));
        }
        Cli.Run freeze = portal("archive", "2013");
        assertEquals(1, freeze.status(), freeze.err());
        assertEquals(Diagnostics.SHOWN, freeze.err().split("error\\[NOT-BUILT]", -1).length - 1, freeze.err());
        assertTrue(freeze.err().startsWith("site/link-100.html: error[NOT-BUILT]: a symbolic link (to "), freeze.err());
        assertTrue(freeze.err().endsWith("\n... and 7 more not shown; fix the ones above and run again\n"),
                freeze.err());
        assertTrue(Files.notExists(work.resolve("archive/2013")));
    }

    /** A build fails, says each expected thing, leaves the site exactly as it was and publishes no secret. */
    private Cli.Run assertBuildRefuses(String... expected) throws IOException {
        Cli.Run build = portal("build");
        assertEquals(1, build.status(), build.err());
        for (String text : expected) {
            assertTrue(build.err().contains(text), "'" + text + "' in:\n" + build.err());
        }
        assertTrue(build.err().contains("; site/ was not changed\n"), build.err());
        Frozen.assertNoInternals(build);
        assertEquals(site, TestFiles.snapshot(work.resolve("site")), "the previous site, byte for byte");
        assertSecretNowhereUnder(work.resolve("site"));
        return build;
    }

    private static void assertSecretNowhereUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.toList()) {
                assertFalse(Files.isSymbolicLink(file), "a link: " + file);
                if (Files.isRegularFile(file)) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    assertFalse(text.contains(SECRET), "the secret is in " + file);
                }
            }
        }
    }
}
