package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/** Freezing a year, checking the snapshot, and serving it from the live site. */
class ArchiveTest {

    @TempDir
    Path work;

    private Cli.Run portal(String... args) {
        return Cli.run(work, Clock.fixed(Instant.parse("2013-12-31T03:00:00Z"), ZoneOffset.ofHours(7)), args);
    }

    @BeforeEach
    void buildAndFreeze() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        assertEquals(0, portal("build").status());
        Cli.Run archive = portal("archive", "2012", "--zip");
        assertEquals(0, archive.status(), archive.err());
        assertTrue(archive.out().startsWith("froze site/ as archive/2012/:"), archive.out());
    }

    @Test
    void aFreshSnapshotVerifiesAsFolderAndAsZip() {
        Cli.Run folder = portal("verify");
        assertEquals(0, folder.status(), folder.err());
        assertTrue(folder.out().startsWith("archive/2012: intact, "), folder.out());
        Cli.Run zip = portal("verify", "archive/2012.zip");
        assertEquals(0, zip.status(), zip.err());
        assertTrue(zip.out().contains("intact"), zip.out());
    }

    @Test
    void flippingOneByteOfAnyFileIsCaughtAndNamed() throws IOException {
        Path snapshot = work.resolve("archive/2012");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(snapshot)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() > 20, "a real snapshot: " + files.size());
        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            byte[] flipped = original.clone();
            flipped[original.length / 3] ^= 0x20;
            Files.write(file, flipped);
            Cli.Run run = portal("verify");
            String name = "archive/2012/" + snapshot.relativize(file).toString().replace('\\', '/');
            assertEquals(1, run.status(), name);
            assertTrue(run.err().contains(name), name + " is named: " + run.err());
            Files.write(file, original);
        }
        assertEquals(0, portal("verify").status());
    }

    @Test
    void everyChangedMissingOrExtraFileIsNamed() throws IOException {
        Path page = work.resolve("archive/2012/periods/2012.html");
        byte[] original = Files.readAllBytes(page);
        byte[] flipped = original.clone();
        flipped[flipped.length / 2] ^= 1;
        Files.write(page, flipped);
        Cli.Run changed = portal("verify");
        assertEquals(1, changed.status());
        assertTrue(changed.err().startsWith("archive/2012/periods/2012.html: error[ARCHIVE-CHANGED]: changed"),
                changed.err());
        Files.write(page, original);

        Files.delete(work.resolve("archive/2012/assets/style.css"));
        Files.writeString(work.resolve("archive/2012/extra.html"), "<p>added later</p>");
        Cli.Run other = portal("verify");
        assertEquals(1, other.status());
        assertTrue(other.err().contains("archive/2012/assets/style.css: error[ARCHIVE-MISSING-FILE]: missing"),
                other.err());
        assertTrue(other.err().contains("archive/2012/extra.html: error[ARCHIVE-EXTRA-FILE]: extra (not in the "
                + "manifest)"), other.err());
        assertTrue(other.err().endsWith("verify failed: 2 problems\n"), other.err());
    }

    @Test
    void aSnapshotIsNeverOverwrittenAndForceKeepsTheOldOne() throws IOException {
        Map<String, String> before = TestFiles.snapshot(work.resolve("archive/2012"));
        Cli.Run again = portal("archive", "2012");
        assertEquals(1, again.status());
        assertTrue(again.err().contains("archive/2012 already exists and is never overwritten"), again.err());
        assertEquals(before, TestFiles.snapshot(work.resolve("archive/2012")));

        byte[] zip = Files.readAllBytes(work.resolve("archive/2012.zip"));
        assertEquals(0, portal("archive", "2012", "--force", "--zip").status());
        assertEquals(before, TestFiles.snapshot(work.resolve("archive/.replaced/2012.1")), "moved aside, not deleted");
        assertArrayEquals(zip, Files.readAllBytes(work.resolve("archive/2012.zip")), "the same snapshot, the same zip");
    }

    @Test
    void aFigureChangedAfterFreezingShowsInDiffAndOnTheCorrectionsPage() throws IOException {
        Cli.Run none = portal("diff", "2012");
        assertEquals(0, none.status(), none.err());
        assertEquals("no figure differs from archive/2012/\n", none.out());

        Path period = work.resolve("content/periods/2012.yaml");
        Files.writeString(period, Files.readString(period).replace("found: 747", "found: 750"));
        Cli.Run diff = portal("diff", "2012");
        assertEquals(0, diff.status(), diff.err());
        assertTrue(diff.out().contains("2012 · Khắc phục khuyết điểm theo nhóm · Tổ chức đảng · Khuyết điểm: 747 → 750"),
                diff.out());
        assertTrue(diff.out().contains("2012 · Số liệu của các tổ chức · Đảng bộ khối Các cơ quan tỉnh Bắc Ninh"
                + " · Khuyết điểm: 7892 → 7895"), diff.out());

        assertEquals(0, portal("build").status());
        String corrections = Files.readString(work.resolve("site/corrections.html"));
        assertTrue(corrections.contains("<td>747</td>") && corrections.contains("<td>750</td>"),
                corrections);
        assertEquals(0, portal("verify").status(), "the snapshot itself is untouched");
        assertEquals(1, portal("diff", "2019").status(), "no snapshot of 2019");
    }

    @Test
    void theLiveSiteServesTheSnapshotUnchangedWithItsBannerAndWorkingLinks() throws IOException {
        assertEquals(0, portal("build").status());
        assertEquals(TestFiles.snapshot(work.resolve("archive/2012")), TestFiles.snapshot(work.resolve("site/archive/2012")));
        String page = Files.readString(work.resolve("site/archive/2012/periods/2012.html"));
        assertTrue(page.contains("Đây là bản lưu trữ cổng thông tin năm 2012, đóng băng ngày 31/12/2013"), page);
        assertTrue(page.contains("<a href=\"../../../index.html\">Xem cổng thông tin hiện hành</a>"), page);
        String index = Files.readString(work.resolve("site/archive/index.html"));
        assertTrue(index.contains("href=\"2012/index.html\">2012</a>") && index.contains("31/12/2013"), index);
        assertEquals(0, portal("verify", "site").status(), "a published site's archive can be checked too");

        Pattern link = Pattern.compile("(?:href|src)=\"([^\"#]+)(#[^\"]*)?\"");
        List<String> broken = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(work.resolve("site"))) {
            for (Path html : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = link.matcher(Files.readString(html));
                while (m.find()) {
                    if (!Files.isRegularFile(html.getParent().resolve(m.group(1)).normalize())) {
                        broken.add(work.resolve("site").relativize(html) + " → " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertFalse(Files.exists(work.resolve("site/archive/2012/archive")), "a snapshot holds no other snapshots");
    }
}
