package vn.reviewportal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.reviewportal.TestFiles;

/** 'portal new' and 'portal import' as a user runs them, and the build accepting what they write. */
class AuthoringCommandsTest {

    @TempDir
    Path work;

    private Cli.Run portal(String... args) {
        return Cli.run(work, Clock.fixed(Instant.parse("2014-01-02T01:30:00Z"), ZoneOffset.UTC), args);
    }

    @Test
    void newWritesASkeletonTheBuildAcceptsAndNeverOverwrites() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        Cli.Run created = portal("new", "article", "Sơ kết: đợt kiểm điểm \"năm 2013\" của Đảng bộ");
        assertEquals(0, created.status(), created.err());
        Path file = work.resolve("content/articles/2014-01-02-so-ket-dot-kiem-diem-nam-2013-cua-dang-bo.md");
        assertEquals("created content/articles/" + file.getFileName() + "\n", created.out());
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\ntitle: \"Sơ kết: đợt kiểm điểm \\\"năm 2013\\\" của Đảng bộ\"\n"
                + "date: 2014-01-02T08:30+07:00\n"), text);
        Files.writeString(file, text + "changed by the editor\n");
        Cli.Run again = portal("new", "article", "Sơ kết: đợt kiểm điểm \"năm 2013\" của Đảng bộ");
        assertEquals(1, again.status());
        assertTrue(again.err().contains("already exists and is never overwritten"), again.err());
        assertTrue(Files.readString(file).endsWith("changed by the editor\n"));
        Cli.Run check = portal("check");
        assertEquals(0, check.status(), check.err());
    }

    @Test
    void importedArticlesBuild() throws IOException {
        TestFiles.copyTree(TestFiles.project().resolve("content"), work.resolve("content"));
        Files.writeString(work.resolve("bai.txt"), """
                Báo Bắc Ninh
                Thứ ba, 15/04/2014 - 10:05
                Đảng bộ khối đánh giá việc khắc phục: "còn chậm" ở một số nơi
                Hội nghị nhận định tiến độ sửa chữa khuyết điểm chưa đồng đều.
                Nhiều chi bộ đã hoàn thành trước thời hạn.
                Thu Trang
                """);
        Cli.Run imported = portal("import", "bai.txt");
        assertEquals(0, imported.status(), imported.err());
        assertTrue(imported.out().startsWith("imported bai.txt as content/articles/2014-04-15-dang-bo-khoi-danh-gia"),
                imported.out());
        Cli.Run build = portal("build");
        assertEquals(0, build.status(), build.err());
        assertTrue(Files.readString(work.resolve("site/news/index.html")).contains("còn chậm"));
        assertEquals(1, portal("import", "bai.txt").status(), "never overwrites");
    }
}
